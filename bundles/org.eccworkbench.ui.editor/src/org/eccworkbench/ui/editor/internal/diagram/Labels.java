package org.eccworkbench.ui.editor.internal.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;

/**
 * The text under a part, wrapped at word boundaries into short, even lines so that long product
 * names stay about as wide as a part and neighbouring labels do not run into each other.
 */
public final class Labels {

	/** Room under a box for a one-line label, in pixels. */
	public static final double LABEL_SPACE = 16;
	public static final double LABEL_SIZE = 10;
	/** Baseline to baseline. */
	public static final double LINE_HEIGHT = 12;
	/** The longest line, in characters, before a label wraps; a longer word stays whole. */
	public static final int LINE_CHARACTERS = 22;
	/** The most lines drawn; the last one ends in an ellipsis when the text goes on. */
	public static final int MAX_LINES = 3;
	/** A generous average character width of the label font, in pixels, to reserve room. */
	private static final double CHARACTER_WIDTH = 0.6 * LABEL_SIZE;

	private Labels() {
	}

	public static String of(CircuitElement element) {
		String name = element.getName();
		if (name != null && !name.isBlank()) {
			return name;
		}
		return element.getId() == null ? "" : element.getId(); //$NON-NLS-1$
	}

	/** The label's lines, at most {@link #MAX_LINES}. */
	public static List<String> lines(CircuitElement element) {
		String text = of(element);
		List<String> lines = WRAPPED.get(text);
		if (lines == null) {
			if (WRAPPED.size() > 4096) {
				WRAPPED.clear();
			}
			lines = wrap(text);
			WRAPPED.put(text, lines);
		}
		return lines;
	}

	/** Wrapped labels by text: the renderer asks for them at every paint. */
	private static final Map<String, List<String>> WRAPPED = new ConcurrentHashMap<>();

	/**
	 * The fewest lines of at most {@link #LINE_CHARACTERS}, then as even as they can be at that
	 * number ("Terumo Capiox / RX/FX hardshell / reservoir 4 L", not a last line of one word).
	 */
	static List<String> wrap(String text) {
		List<String> widest = greedy(text, LINE_CHARACTERS);
		if (widest.size() > MAX_LINES) {
			List<String> cut = new ArrayList<>(widest.subList(0, MAX_LINES));
			cut.set(MAX_LINES - 1, cut.get(MAX_LINES - 1) + " \u2026"); //$NON-NLS-1$
			return List.copyOf(cut);
		}
		int count = widest.size();
		for (int width = (text.length() + count - 1) / count; count > 1 && width < LINE_CHARACTERS; width++) {
			List<String> even = greedy(text, width);
			if (even.size() == count) {
				return List.copyOf(even);
			}
		}
		return List.copyOf(widest);
	}

	/** Words onto lines of at most {@code width} characters, each line as full as it goes. */
	private static List<String> greedy(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) { //$NON-NLS-1$
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The room a part's label takes under its box, in pixels. */
	public static double height(CircuitElement element) {
		return LABEL_SPACE + (lines(element).size() - 1) * LINE_HEIGHT;
	}

	/** An upper estimate of the label's width, in pixels. */
	public static double width(CircuitElement element) {
		int longest = 0;
		for (String line : lines(element)) {
			longest = Math.max(longest, line.length());
		}
		return longest * CHARACTER_WIDTH;
	}

	/**
	 * Whether the label goes over the part rather than under it: when all its ports are on the
	 * bottom (a heater-cooler), so that its lines do not run through its label.
	 */
	public static boolean above(Component component) {
		if (component.getPorts().isEmpty()) {
			return false;
		}
		for (Port port : component.getPorts()) {
			if (PortLayout.side(port) != PortLayout.Side.BOTTOM) {
				return false;
			}
		}
		return true;
	}

	/** The baseline of the label's first line. */
	public static double firstBaseline(Component component, Box box) {
		if (above(component)) {
			return box.y() - 5 - (lines(component).size() - 1) * LINE_HEIGHT;
		}
		return box.bottom() + LABEL_SIZE + 3;
	}

	/**
	 * A box that holds the part and any label it could have, found without wrapping the text: what
	 * the renderer uses to skip parts out of view.
	 */
	public static Box reach(Box box) {
		double width = Math.max(box.width(), (LINE_CHARACTERS + 2) * CHARACTER_WIDTH);
		double label = LABEL_SPACE + (MAX_LINES - 1) * LINE_HEIGHT;
		return new Box(box.centerX() - width / 2, box.y() - label, width, box.height() + 2 * label);
	}

	/** The box of a part with its label, in pixels. */
	public static Box withLabel(Component component, Box box) {
		double width = Math.max(box.width(), width(component));
		double label = height(component);
		double top = above(component) ? box.y() - label : box.y();
		return new Box(box.centerX() - width / 2, top, width, box.height() + label);
	}
}
