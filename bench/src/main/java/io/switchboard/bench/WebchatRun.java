package io.switchboard.bench;

import java.util.List;

/**
 * The live-chat series: its measured rounds and the memory its open connections took.
 *
 * @param connections visitor WebSockets open during the rounds
 * @param heapPerConnection bytes of heap, after a full collection, that each open connection added
 */
record WebchatRun(int connections, long heapPerConnection, List<WebchatRound> rounds) {
}
