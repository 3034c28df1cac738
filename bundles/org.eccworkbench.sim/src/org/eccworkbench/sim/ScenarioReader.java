package org.eccworkbench.sim;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.sim.internal.JsonReader;
import org.eccworkbench.sim.internal.JsonReader.JsonException;
import org.eccworkbench.sim.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads scenario files (docs/scenarios.md): strict UTF-8 JSON, no unknown member, every number
 * in its range, every word one of its allowed values. The first problem is reported with its
 * place: the JSON line and column, or the path of the member ({@code events[3].l_min}).
 */
public final class ScenarioReader {

	/** Scenario files larger than this are refused, bytes. */
	public static final int MAX_BYTES = 4 * 1024 * 1024;
	/** At most this many events. */
	public static final int MAX_EVENTS = 10_000;
	/** Longest scenario, s (a week). */
	public static final double MAX_TIME_S = 7 * 24 * 3600.0;

	private static final Set<String> TOP = Set.of("name", "description", "duration_s", "settings", "events"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> EVENT = Set.of("at_s", "when", "after_s", "repeat_after_s", "action", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private ScenarioReader() {
	}

	public static Scenario read(Path file) throws IOException, ScenarioException {
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length > MAX_BYTES) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_tooLarge, file.getFileName(), MAX_BYTES));
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_notUtf8, file.getFileName()));
		}
		try {
			return parse(text);
		} catch (ScenarioException e) {
			throw new ScenarioException(file.getFileName() + ": " + e.getMessage()); //$NON-NLS-1$
		}
	}

	public static Scenario parse(String text) throws ScenarioException {
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		Object document;
		try {
			document = JsonReader.parse(text);
		} catch (JsonException e) {
			throw new ScenarioException(e.getMessage());
		}
		Map<String, Object> top = object(document, "$"); //$NON-NLS-1$
		onlyKnown(top, TOP, "$"); //$NON-NLS-1$
		String name = top.containsKey("name") ? string(top.get("name"), "name") : "scenario"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (top.containsKey("description")) { //$NON-NLS-1$
			string(top.get("description"), "description"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double duration = top.containsKey("duration_s") ? number(top.get("duration_s"), "duration_s", 1, MAX_TIME_S) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: Double.NaN;
		ScenarioSettings settings = top.containsKey("settings") ? SettingsReader.read(object(top.get("settings"), "settings")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: ScenarioSettings.defaults();
		if (!top.containsKey("events")) { //$NON-NLS-1$
			throw new ScenarioException(NLS.bind(Messages.Scenario_missing, "events")); //$NON-NLS-1$
		}
		Object eventsValue = top.get("events"); //$NON-NLS-1$
		if (!(eventsValue instanceof List<?> list)) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_notArray, "events")); //$NON-NLS-1$
		}
		if (list.size() > MAX_EVENTS) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_tooManyEvents, MAX_EVENTS));
		}
		List<ScenarioEvent> events = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			events.add(event(object(list.get(i), "events[" + i + "]"), "events[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return new Scenario(name, duration, settings, events);
	}

	private static ScenarioEvent event(Map<String, Object> json, String path) throws ScenarioException {
		if (!json.containsKey("action")) { //$NON-NLS-1$
			throw new ScenarioException(NLS.bind(Messages.Scenario_missing, path + ".action")); //$NON-NLS-1$
		}
		String actionId = string(json.get("action"), path + ".action"); //$NON-NLS-1$ //$NON-NLS-2$
		Action action = Action.of(actionId).orElseThrow(() -> new ScenarioException(
				NLS.bind(Messages.Scenario_badWord, new Object[] { path + ".action", Action.ids(), actionId }))); //$NON-NLS-1$
		boolean timed = json.containsKey("at_s"); //$NON-NLS-1$
		boolean conditional = json.containsKey("when"); //$NON-NLS-1$
		if (timed == conditional) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_atOrWhen, path));
		}
		Map<String, Double> numbers = new LinkedHashMap<>();
		Map<String, String> words = new LinkedHashMap<>();
		for (Map.Entry<String, Object> member : json.entrySet()) {
			String key = member.getKey();
			String at = path + "." + key; //$NON-NLS-1$
			if (EVENT.contains(key)) {
				continue;
			}
			double[] range = action.numbers().get(key);
			String[] allowed = action.words().get(key);
			if (range != null) {
				numbers.put(key, number(member.getValue(), at, range[0], range[1]));
			} else if (allowed != null) {
				String word = string(member.getValue(), at);
				if (!Arrays.asList(allowed).contains(word)) {
					throw new ScenarioException(
							NLS.bind(Messages.Scenario_badWord, new Object[] { at, String.join("|", allowed), word })); //$NON-NLS-1$
				}
				words.put(key, word);
			} else {
				throw new ScenarioException(NLS.bind(Messages.Scenario_unknownMember, at));
			}
		}
		if (json.containsKey("note")) { //$NON-NLS-1$
			string(json.get("note"), path + ".note"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		EventParameters.check(action, numbers, words, path);
		if (timed) {
			if (json.containsKey("after_s") || json.containsKey("repeat_after_s")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new ScenarioException(NLS.bind(Messages.Scenario_conditionalOnly, path));
			}
			return new ScenarioEvent(number(json.get("at_s"), path + ".at_s", 0, MAX_TIME_S), null, 0, Double.NaN, //$NON-NLS-1$ //$NON-NLS-2$
					action, numbers, words);
		}
		Condition condition = condition(object(json.get("when"), path + ".when"), path + ".when"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double after = json.containsKey("after_s") ? number(json.get("after_s"), path + ".after_s", 0, MAX_TIME_S) : 0; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		double repeat = json.containsKey("repeat_after_s") //$NON-NLS-1$
				? number(json.get("repeat_after_s"), path + ".repeat_after_s", 1, MAX_TIME_S) //$NON-NLS-1$ //$NON-NLS-2$
				: Double.NaN;
		return new ScenarioEvent(Double.NaN, condition, after, repeat, action, numbers, words);
	}

	private static Condition condition(Map<String, Object> json, String path) throws ScenarioException {
		onlyKnown(json, Set.of("signal", "below", "above"), path); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!json.containsKey("signal")) { //$NON-NLS-1$
			throw new ScenarioException(NLS.bind(Messages.Scenario_missing, path + ".signal")); //$NON-NLS-1$
		}
		String key = string(json.get("signal"), path + ".signal"); //$NON-NLS-1$ //$NON-NLS-2$
		Signal signal = Signal.of(key).filter(s -> s != Signal.T_S).orElseThrow(
				() -> new ScenarioException(NLS.bind(Messages.Scenario_badSignal, path + ".signal", key))); //$NON-NLS-1$
		boolean below = json.containsKey("below"); //$NON-NLS-1$
		if (below == json.containsKey("above")) { //$NON-NLS-1$
			throw new ScenarioException(NLS.bind(Messages.Scenario_belowOrAbove, path));
		}
		String bound = below ? "below" : "above"; //$NON-NLS-1$ //$NON-NLS-2$
		return new Condition(signal, below, number(json.get(bound), path + "." + bound, -1e9, 1e9)); //$NON-NLS-1$
	}

	static Map<String, Object> object(Object value, String path) throws ScenarioException {
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> members = (Map<String, Object>) map;
			return members;
		}
		throw new ScenarioException(NLS.bind(Messages.Scenario_notObject, path));
	}

	static void onlyKnown(Map<String, Object> json, Set<String> known, String path) throws ScenarioException {
		for (String key : json.keySet()) {
			if (!known.contains(key)) {
				throw new ScenarioException(NLS.bind(Messages.Scenario_unknownMember, path + "." + key)); //$NON-NLS-1$
			}
		}
	}

	static String string(Object value, String path) throws ScenarioException {
		if (value instanceof String text) {
			return text;
		}
		throw new ScenarioException(NLS.bind(Messages.Scenario_notString, path));
	}

	static double number(Object value, String path, double min, double max) throws ScenarioException {
		if (!(value instanceof Double number)) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_notNumber, path));
		}
		if (number < min || number > max) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_outOfRange,
					new Object[] { path, plain(min), plain(max), plain(number) }));
		}
		return number;
	}

	static String plain(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
