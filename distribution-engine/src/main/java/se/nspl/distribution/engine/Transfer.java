package se.nspl.distribution.engine;

/** {@code count} patients of a group taken to the hospital {@code to} by the transport: the contract's x[p, j, g]. */
public record Transfer(String group, String to, String transport, int count) {}
