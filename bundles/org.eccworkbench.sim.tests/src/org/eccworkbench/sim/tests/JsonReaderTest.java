package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.eccworkbench.sim.internal.JsonReader;
import org.eccworkbench.sim.internal.JsonReader.JsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

	@Test
	void readsEveryKindOfValue() throws Exception {
		Object value = JsonReader.parse(" {\"a\": [1, -2.5e2, 0.125], \"b\": \"x\\u00e9\\n\\ud83d\\ude00\", \"c\": true, \"d\": null} ");
		Map<?, ?> map = (Map<?, ?>) value;
		assertEquals(List.of(1.0, -250.0, 0.125), map.get("a"));
		assertEquals("x\u00e9\n\ud83d\ude00", map.get("b"));
		assertEquals(Boolean.TRUE, map.get("c"));
		assertSame(JsonReader.NULL, map.get("d"));
		assertEquals(List.of("a", "b", "c", "d"), List.copyOf(map.keySet()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "NaN", "Infinity", "1e999", "\"\\x\"",
			"\"\t\"", "\"\\ud800\"", "tru", "{'a': 1}", "[1] [2]", "{\"a\" 1}" })
	void refusesWhatRfc8259Refuses(String text) {
		assertThrows(JsonException.class, () -> JsonReader.parse(text));
	}

	@Test
	void errorsNameTheLineAndColumn() {
		JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("{\n  \"a\": [1,\n  2,,]\n}"));
		assertEquals(3, e.line());
		assertEquals(5, e.column());
	}
}
