package org.eccworkbench.console.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.CommandResult;
import org.eccworkbench.console.ConsoleMode;
import org.junit.jupiter.api.Test;

/**
 * Commands: never sent to a console outside simulation or training mode (refused with a reason,
 * and the console receives nothing); accepted in training mode when the driver sends commands.
 */
public abstract class CommandSuite extends DriverTestSupport {

	@Test
	public void commandsAreRefusedOutsideSimulationAndTrainingMode() throws Exception {
		try {
			fixture.mode(ConsoleMode.CLINICAL);
		} catch (UnsupportedOperationException e) {
			// A console with a single mode: the driver must say it is clinical.
		}
		connect();
		assertTrue(SessionProbe.await(() -> probe.description() != null && probe.description().mode() == ConsoleMode.CLINICAL,
				PATIENCE), "the console never reported clinical mode");
		long received = fixture.commandsReceived();
		Command command = fixture.acceptedCommand().orElse(new Command("tck-clinical", "P1", "set-rpm", 10));
		CommandResult result = session.send(command).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertFalse(result.accepted());
		assertFalse(result.sent(), "a command was sent to a console in clinical mode");
		assertFalse(result.reason().isBlank(), "a refusal without reason");
		Thread.sleep(500);
		assertEquals(received, fixture.commandsReceived(), "the console received a command in clinical mode");
	}

	@Test
	public void commandsAreAcceptedInTrainingMode() throws Exception {
		assumeTrue(fixture.acceptedCommand().isPresent(), "the driver sends no commands");
		fixture.mode(ConsoleMode.TRAINING);
		connect();
		assertTrue(SessionProbe.await(() -> probe.description() != null && probe.description().mode() == ConsoleMode.TRAINING,
				PATIENCE), "the console never reported training mode");
		CommandResult result = session.send(fixture.acceptedCommand().get()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertTrue(result.accepted(), () -> "refused: " + result.reason());
		assertTrue(SessionProbe.await(() -> fixture.commandsReceived() > 0, Duration.ofSeconds(5)));
	}
}
