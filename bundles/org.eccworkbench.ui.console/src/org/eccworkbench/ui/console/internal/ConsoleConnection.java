package org.eccworkbench.ui.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.record.SessionRecorder;
import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverLoadException;
import org.eccworkbench.console.transport.Endpoint;

/**
 * One session of the Consoles view and its recording. {@link #open} loads the driver (the first
 * time), creates the recording folder and starts the session; the caller runs it off the UI
 * thread. {@link #close()} stops the session, then the recording.
 */
final class ConsoleConnection implements AutoCloseable {

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final DriverDescriptor descriptor;
	private final Endpoint endpoint;
	private final ConsoleSession session;
	private final SessionRecorder recorder;

	private ConsoleConnection(DriverDescriptor descriptor, Endpoint endpoint, ConsoleSession session,
			SessionRecorder recorder) {
		this.descriptor = descriptor;
		this.endpoint = endpoint;
		this.session = session;
		this.recorder = recorder;
	}

	/** The folder under {@code recordings} that a session started now records into. */
	static Path recordingFolder(Path recordings, DriverDescriptor descriptor, LocalDateTime now) {
		return recordings.resolve(descriptor.id() + "-" + FOLDER_TIME.format(now));
	}

	static ConsoleConnection open(DriverDescriptor descriptor, Endpoint endpoint, Path folder, MonitorModel model)
			throws DriverLoadException, IOException {
		ConsoleDriver driver = descriptor.createDriver();
		SessionRecorder recorder = new SessionRecorder(folder, descriptor.id(), endpoint.toString());
		ConsoleSession session = ConsoleSession.create(driver, endpoint, SessionOptions.defaults());
		session.addListener(recorder);
		session.addListener(model.listener());
		session.start();
		return new ConsoleConnection(descriptor, endpoint, session, recorder);
	}

	DriverDescriptor descriptor() {
		return descriptor;
	}

	Endpoint endpoint() {
		return endpoint;
	}

	Path folder() {
		return recorder.folder();
	}

	long samplesRecorded() {
		return recorder.samples();
	}

	ConsoleSession session() {
		return session;
	}

	@Override
	public void close() throws IOException {
		try {
			session.close();
		} finally {
			recorder.close();
		}
	}
}
