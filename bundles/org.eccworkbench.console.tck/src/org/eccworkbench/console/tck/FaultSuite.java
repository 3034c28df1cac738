package org.eccworkbench.console.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionState;
import org.junit.jupiter.api.Test;

/**
 * Faults on the link: the console dies mid-stream and comes back, sends garbage, stalls, floods.
 * Each ends in the right session state; a lost signal is reported lost, and every time without
 * frames (a stall, a lost link) is recorded as a gap.
 */
public abstract class FaultSuite extends DriverTestSupport {

	@Test
	public void aKilledConsoleIsLostThenRegainedWithTheGapRecorded() throws Exception {
		connect();
		awaitMoreSamples(channelsPerFrame());
		int mark = probe.mark();
		fixture.kill();
		assertTrue(probe.awaitEntered(mark, SessionState.LOST, PATIENCE), () -> "not lost: " + probe.states());
		Set<String> declared = session.description().orElseThrow().channels().stream().map(ChannelSpec::id)
				.collect(Collectors.toSet());
		// The LOST samples reach listeners through the session's queue, after the state change.
		SessionProbe.await(() -> lostChannels().equals(declared), PATIENCE);
		assertEquals(declared, lostChannels(), "every channel is reported lost");
		assertTrue(probe.lostSamples().stream().allMatch(s -> Double.isNaN(s.value())), "a lost sample carries a value");
		int lostMark = probe.mark();
		fixture.start();
		assertTrue(probe.awaitEntered(lostMark, SessionState.CONNECTED, PATIENCE), () -> "not regained: " + probe.states());
		awaitMoreSamples(channelsPerFrame());
		assertTrue(SessionProbe.await(() -> !probe.gaps().isEmpty(), PATIENCE), "no gap reported");
		assertTrue(recordedEvents().contains("\"type\": \"gap\""), "no gap recorded");
	}

	private Set<String> lostChannels() {
		return probe.lostSamples().stream().map(Sample::channel).collect(Collectors.toSet());
	}

	@Test
	public void malformedFramesAreSkippedAndTheStreamGoesOn() throws Exception {
		connect();
		awaitMoreSamples(channelsPerFrame());
		fixture.garbage(8);
		assertTrue(SessionProbe.await(() -> probe.malformed() > 0, PATIENCE), "no malformed frame reported");
		int mark = probe.mark();
		awaitMoreSamples(3L * channelsPerFrame());
		assertTrue(SessionProbe.await(() -> session.state() == SessionState.CONNECTED, PATIENCE),
				() -> "not connected again: " + probe.states());
		assertFalse(probe.enteredSince(mark, SessionState.LOST), "garbage lost the link");
		assertTrue(recordedEvents().contains("\"type\": \"malformed\""), "malformed frames not recorded");
	}

	@Test
	public void aTenfoldFloodIsAbsorbed() throws Exception {
		connect();
		awaitMoreSamples(channelsPerFrame());
		int mark = probe.mark();
		Duration length = Duration.ofSeconds(3);
		long before = probe.samples();
		fixture.flood(10, length);
		Thread.sleep(length.toMillis() + 1_000);
		long nominal = (long) (fixture.frameRateHz() * length.toSeconds()) * channelsPerFrame();
		long delivered = probe.samples() + probe.dropped() - before;
		assertTrue(delivered >= 3 * nominal, () -> "only " + delivered + " samples (with " + probe.dropped()
				+ " dropped) in a flood that sends " + 10 * nominal);
		assertTrue(SessionProbe.await(() -> session.state() == SessionState.CONNECTED, PATIENCE));
		assertFalse(probe.enteredSince(mark, SessionState.LOST), () -> "the flood lost the link: " + probe.states());
		awaitMoreSamples(channelsPerFrame());
	}

	@Test
	public void aShortStallDegradesThenRecovers() throws Exception {
		connect();
		awaitMoreSamples(channelsPerFrame());
		int mark = probe.mark();
		Duration stall = sessionOptions().degradedAfter().plus(sessionOptions().lostAfter()).dividedBy(2);
		fixture.stall(stall);
		assertTrue(probe.awaitEntered(mark, SessionState.DEGRADED, PATIENCE), () -> "not degraded: " + probe.states());
		assertTrue(probe.awaitEntered(mark, SessionState.CONNECTED, PATIENCE), () -> "not recovered: " + probe.states());
		assertFalse(probe.enteredSince(mark, SessionState.LOST), () -> "a short stall lost the link: " + probe.states());
		assertTrue(SessionProbe.await(() -> !probe.gaps().isEmpty(), PATIENCE), "the stall is not reported as a gap");
		assertTrue(recordedEvents().contains("\"type\": \"gap\""), "the stall is not recorded as a gap");
	}

	@Test
	public void aLongStallIsLostThenRegained() throws Exception {
		connect();
		awaitMoreSamples(channelsPerFrame());
		int mark = probe.mark();
		fixture.stall(sessionOptions().lostAfter().plusSeconds(2));
		assertTrue(probe.awaitEntered(mark, SessionState.LOST, PATIENCE), () -> "not lost: " + probe.states());
		int lostMark = probe.mark();
		assertTrue(probe.awaitEntered(lostMark, SessionState.CONNECTED, PATIENCE), () -> "not regained: " + probe.states());
		assertTrue(SessionProbe.await(() -> !probe.gaps().isEmpty(), PATIENCE), "no gap reported");
		assertTrue(recordedEvents().contains("\"type\": \"gap\""), "no gap recorded");
	}
}
