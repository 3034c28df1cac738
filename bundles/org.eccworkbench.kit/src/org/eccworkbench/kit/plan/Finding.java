package org.eccworkbench.kit.plan;

/**
 * Something the plan tells the team. {@link Severity#BLOCKING} findings mean the kit cannot be
 * fulfilled as planned (a shortage, a limit broken, a template missing).
 */
public record Finding(Severity severity, String message) {

	public enum Severity {
		INFO, WARNING, BLOCKING
	}

	public static Finding info(String message) {
		return new Finding(Severity.INFO, message);
	}

	public static Finding warning(String message) {
		return new Finding(Severity.WARNING, message);
	}

	public static Finding blocking(String message) {
		return new Finding(Severity.BLOCKING, message);
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
	}
}
