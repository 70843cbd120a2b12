package se.nspl.distribution.engine;

/** {@code count} round trips of a transport from one hospital to another: the contract's y[i, j, g]. */
public record Trip(String transport, String from, String to, int count) {}
