package io.switchboard.connector.webchat.visitor;

import java.util.regex.Pattern;

/** Whether what a visitor typed can be an e-mail address: one {@code @}, a dotted domain, no spaces, 254 at most. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX = 254;

    private EmailAddresses() {
    }

    public static boolean looksValid(String address) {
        return address != null && address.strip().length() <= MAX && ADDRESS.matcher(address.strip()).matches();
    }
}
