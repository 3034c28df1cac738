package org.eccworkbench.console;

/**
 * The states of a {@link ConsoleSession}:
 * <pre>
 * DISCONNECTED -start-> CONNECTING -described-> CONNECTED &lt;-> DEGRADED
 *                           ^                      |             |
 *                           +---- back-off ---- LOST &lt;----------+
 * </pre>
 * Closing the session leads from any state to DISCONNECTED.
 */
public enum SessionState {
	/** Not started, or closed. */
	DISCONNECTED,
	/** Opening the transport and reading the console's description. */
	CONNECTING,
	/** Frames arrive in time and are well formed. */
	CONNECTED,
	/** The link is open but frames are late or malformed: values may be old. */
	DEGRADED,
	/** The link is gone; every channel is reported lost while the session reconnects. */
	LOST
}
