package org.eccworkbench.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.declarative.FrameFormat;
import org.eccworkbench.console.declarative.FrameFormatException;
import org.eccworkbench.console.declarative.FrameParser;
import org.eccworkbench.console.transport.NmeaChecksum;
import org.junit.jupiter.api.Test;

/** Frame descriptions (CSV and key=value) and the lines they read. */
class FrameParserTest {

	private static final String CSV = """
			console.vendor = Test
			console.model = CSV-1
			format = csv
			csv.columns = t, seq, ART, TEMP
			time.field = t
			sequence.field = seq
			checksum = nmea
			prefix = $MON
			module.P.type = pressure
			module.T.type = temperature
			module.T.min = 0
			module.T.max = 45
			channel.ART.id = art.pressure
			channel.ART.unit = mmHg
			channel.ART.module = P
			channel.TEMP.id = art.temp
			channel.TEMP.unit = Cel
			channel.TEMP.module = T
			""";

	private static FrameFormat format(String text) throws IOException, FrameFormatException {
		Properties p = new Properties();
		p.load(new StringReader(text));
		return FrameFormat.parse(p, "test");
	}

	@Test
	void aCsvDescriptionDescribesTheConsole() throws Exception {
		FrameFormat f = format(CSV);
		assertEquals("CSV-1", f.console().model());
		assertEquals(List.of(ModuleType.PRESSURE, ModuleType.TEMPERATURE), f.console().modules().stream().map(m -> m.type()).toList());
		assertEquals(45, f.console().modules().get(1).limits().maxValue().getAsDouble());
	}

	@Test
	void csvLinesWithChecksumGiveSamplesAndGaps() throws Exception {
		FrameParser parser = new FrameParser(format(CSV));
		RecordingSink sink = new RecordingSink();
		parser.parse(NmeaChecksum.frame('$', "MON,1764578400000,1,212.5,--"), sink);
		parser.parse(NmeaChecksum.frame('$', "MON,1764578400500,4,213.0,36.5"), sink);
		assertEquals(4, sink.samples.size());
		assertEquals(Instant.ofEpochMilli(1764578400000L), sink.samples.get(0).deviceTime());
		assertEquals(212.5, sink.samples.get(0).value());
		assertEquals(Quality.INVALID, sink.samples.get(1).quality());
		assertEquals("Cel", sink.samples.get(3).unit());
		assertEquals(1, sink.gaps.size());
		assertEquals(2, sink.gaps.get(0)[0]);
		assertEquals(List.of(), sink.malformed);
	}

	@Test
	void badLinesAreMalformedAndGiveNoSample() throws Exception {
		FrameParser parser = new FrameParser(format(CSV));
		RecordingSink sink = new RecordingSink();
		parser.parse("$MON,1764578400000,1,212.5,36.0*00", sink);
		parser.parse(NmeaChecksum.frame('$', "MON,1764578400000,1,212.5"), sink);
		parser.parse(NmeaChecksum.frame('$', "XYZ,1764578400000,1,212.5,36.0"), sink);
		parser.parse(NmeaChecksum.frame('$', "MON,yesterday,1,212.5,36.0"), sink);
		parser.parse(NmeaChecksum.frame('$', "MON,1764578400000,2,high,36.0"), sink);
		assertEquals(List.of(), sink.samples);
		assertEquals(5, sink.malformed.size());
	}

	@Test
	void keyValueLinesInAnyOrder() throws Exception {
		FrameFormat f = format("""
				console.vendor = Test
				console.model = KV-1
				format = kv
				separator = ;
				module.P.type = pressure
				channel.ART.id = art.pressure
				channel.ART.unit = mmHg
				channel.ART.module = P
				""");
		RecordingSink sink = new RecordingSink();
		new FrameParser(f).parse("OTHER=1;ART=205.5", sink);
		assertEquals(1, sink.samples.size());
		assertEquals(205.5, sink.samples.get(0).value());
		new FrameParser(f).parse("ART", sink);
		assertEquals(1, sink.malformed.size());
	}

	@Test
	void aBrokenDescriptionNamesTheKey() {
		FrameFormatException e = assertThrows(FrameFormatException.class, () -> format(CSV.replace("module.T.type = temperature", "module.T.type = toaster")));
		assertTrue(e.getMessage().contains("module.T.type"), e.getMessage());
		assertThrows(FrameFormatException.class, () -> format(CSV.replace("csv.columns = t, seq, ART, TEMP", "csv.columns = t, seq, ART")));
		assertThrows(FrameFormatException.class, () -> format(CSV.replace("format = csv", "format = xml")));
	}
}
