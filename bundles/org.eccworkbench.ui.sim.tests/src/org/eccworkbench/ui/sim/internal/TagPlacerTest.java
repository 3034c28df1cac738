package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eccworkbench.ui.sim.internal.TagPlacer.Rect;
import org.junit.jupiter.api.Test;

/** Value tags go below their part unless that covers another part or tag, or leaves the drawing. */
class TagPlacerTest {

	private static final Rect AREA = new Rect(0, 0, 400, 300);

	@Test
	void belowWhenFree() {
		Rect part = new Rect(100, 100, 40, 40);
		Rect tag = new TagPlacer(List.of(part), AREA).place(part, 60, 24);
		assertEquals(new Rect(90, 142, 60, 24), tag);
	}

	@Test
	void besideWhenBelowIsTakenAndAboveIsOutside() {
		Rect top = new Rect(0, 0, 40, 40);
		Rect under = new Rect(0, 44, 40, 40);
		TagPlacer placer = new TagPlacer(List.of(top, under), AREA);
		Rect tag = placer.place(top, 30, 20);
		assertEquals(42, tag.x(), 1e-9, "right of the part: below covers the next part, above is off the drawing");
		assertEquals(10, tag.y(), 1e-9);
		Rect second = placer.place(under, 30, 20);
		assertEquals(86, second.y(), 1e-9, "below the lower part, which is free");
	}

	@Test
	void aPlacedTagIsAnObstacleForTheNext() {
		Rect left = new Rect(100, 100, 20, 20);
		Rect right = new Rect(130, 100, 20, 20);
		TagPlacer placer = new TagPlacer(List.of(left, right), AREA);
		Rect first = placer.place(left, 80, 20);
		Rect second = placer.place(right, 80, 20);
		assertEquals(122, first.y(), 1e-9);
		assertEquals(0, first.overlap(second), 1e-9, "the second tag avoids the first: " + second);
	}
}
