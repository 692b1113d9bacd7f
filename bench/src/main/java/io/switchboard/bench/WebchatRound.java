package io.switchboard.bench;

/**
 * The figures of one round of the live chat, over its sampled visitors.
 *
 * @param visitorToAgent a visitor's message sent on its socket until the signal that feeds the agents' consoles
 * @param agentToVisitor the agent's reply posted to the staff API until the visitor's socket receives it
 * @param baseline a ping sent on the same sockets until its pong: the socket and the server's handler alone
 */
record WebchatRound(Figures visitorToAgent, Figures agentToVisitor, Figures baseline) {
}
