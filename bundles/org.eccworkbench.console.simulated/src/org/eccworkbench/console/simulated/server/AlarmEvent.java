package org.eccworkbench.console.simulated.server;

/** An alarm the virtual console raises ({@code active}) or clears. */
public record AlarmEvent(String code, String priority, boolean active, String module, String text) {
}
