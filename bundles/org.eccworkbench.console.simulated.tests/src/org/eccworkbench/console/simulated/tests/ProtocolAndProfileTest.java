package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameException;
import org.eccworkbench.console.simulated.server.ModuleTable;
import org.eccworkbench.console.simulated.server.ProfileGenerator;
import org.eccworkbench.console.simulated.server.Reading;
import org.junit.jupiter.api.Test;

/** The wire protocol's frames and the profile generator's determinism and plausibility. */
class ProtocolAndProfileTest {

	@Test
	void framesRoundTripWithTheirChecksum() throws FrameException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", "c1");
		fields.put("text", "a, b * c");
		String line = new Frame("ACK", 42, fields).encode();
		assertEquals("$ACK,42,id=c1,text=a  b   c*", line.substring(0, line.length() - 2));
		Frame back = Frame.decode(line);
		assertEquals(42, back.sequence());
		assertEquals("a  b   c", back.get("text"));
	}

	@Test
	void aDamagedFrameIsRefused() {
		String line = new Frame("TEL", 1, Map.of("p1.rpm", "100.000")).encode();
		String damaged = line.replace("100", "900");
		assertEquals(FrameException.Reason.CHECKSUM, assertThrows(FrameException.class, () -> Frame.decode(damaged)).reason());
		assertThrows(FrameException.class, () -> Frame.decode("TEL,1,p1.rpm=100"));
		assertThrows(FrameException.class, () -> Frame.decode(Frame.seal("TEL,x,p1.rpm=100")));
	}

	@Test
	void theSameSeedGivesTheSameProfile() {
		ProfileGenerator a = new ProfileGenerator(5);
		ProfileGenerator b = new ProfileGenerator(5);
		for (int i = 0; i < 500; i++) {
			assertArrayEquals(a.step(0.1).values(), b.step(0.1).values());
		}
		assertTrue(new ProfileGenerator(6).step(0.1).values()[0] != new ProfileGenerator(5).step(0.1).values()[0]);
	}

	@Test
	void onBypassTheValuesArePlausible() {
		ProfileGenerator profile = new ProfileGenerator(1);
		Reading r = null;
		for (int i = 0; i < 3000; i++) {
			r = profile.step(0.1);
		}
		assertEquals(300, r.profileSeconds(), 1e-6);
		assertBetween(r, "p1.flow", 4.3, 4.9);
		assertBetween(r, "art.pressure", 180, 240);
		assertBetween(r, "preoxy.pressure", 220, 300);
		assertBetween(r, "art.temp", 34, 36.5);
		assertBetween(r, "bg.ph", 7.30, 7.50);
		assertBetween(r, "bg.paco2", 35, 45);
		assertBetween(r, "res.level", 150, 2500);
		assertEquals(ModuleTable.CHANNELS.size(), r.values().length);
		assertTrue(profile.apply("P1", "set-rpm", 300) != null, "300 rpm accepted");
		assertEquals(null, profile.apply("P1", "set-rpm", 80));
		assertEquals(80 * 45 / 1000.0, profile.step(0.1).values()[ModuleTable.indexOf("p1.flow")], 0.05);
	}

	@Test
	void bloodGasesAreInvalidWhileTheSensorStarts() {
		Reading first = new ProfileGenerator(1).step(0.1);
		assertTrue(Double.isNaN(first.values()[ModuleTable.indexOf("bg.ph")]));
	}

	private static void assertBetween(Reading r, String channel, double min, double max) {
		double v = r.values()[ModuleTable.indexOf(channel)];
		assertTrue(v >= min && v <= max, channel + " = " + v);
	}
}
