package org.eccworkbench.ui.sim.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the value tags of the live circuit, one per part, in device pixels: each tag goes below
 * its part, else above, right or left of it, else at its corners, else one or two tag heights
 * further out, where it covers least of the parts and of the tags already placed (the nearest
 * place first when several are equally free). Greedy, in the order given.
 */
final class TagPlacer {

	/** A rectangle in device pixels. */
	record Rect(double x, double y, double width, double height) {

		double overlap(Rect other) {
			double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
			double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
			return w > 0 && h > 0 ? w * h : 0;
		}
	}

	private static final double GAP = 2;

	private final List<Rect> obstacles = new ArrayList<>();
	private final Rect bounds;

	/** @param parts every part's box, which tags should not cover; {@code bounds} the drawing area */
	TagPlacer(List<Rect> parts, Rect bounds) {
		obstacles.addAll(parts);
		this.bounds = bounds;
	}

	/** Where the tag of {@code width} × {@code height} goes for the part at {@code part}; it then counts as taken. */
	Rect place(Rect part, double width, double height) {
		double centerX = part.x() + part.width() / 2 - width / 2;
		double centerY = part.y() + part.height() / 2 - height / 2;
		List<Rect> candidates = new ArrayList<>();
		for (int ring = 0; ring < 3; ring++) {
			double down = ring * (height + GAP);
			double across = ring * (width / 2 + GAP);
			double below = part.y() + part.height() + GAP + down;
			double above = part.y() - height - GAP - down;
			double right = part.x() + part.width() + GAP + across;
			double left = part.x() - width - GAP - across;
			candidates.add(new Rect(centerX, below, width, height));
			candidates.add(new Rect(centerX, above, width, height));
			candidates.add(new Rect(right, centerY, width, height));
			candidates.add(new Rect(left, centerY, width, height));
			candidates.add(new Rect(right, below, width, height));
			candidates.add(new Rect(left, below, width, height));
			candidates.add(new Rect(right, above, width, height));
			candidates.add(new Rect(left, above, width, height));
		}
		Rect best = candidates.get(0);
		double least = Double.MAX_VALUE;
		for (Rect candidate : candidates) {
			double covered = outside(candidate);
			for (Rect taken : obstacles) {
				covered += taken.overlap(candidate);
			}
			if (covered < least - 1e-9) {
				least = covered;
				best = candidate;
			}
		}
		obstacles.add(best);
		return best;
	}

	/** The area of {@code tag} outside the drawing, counted as covered. */
	private double outside(Rect tag) {
		return tag.width() * tag.height() - tag.overlap(bounds);
	}
}
