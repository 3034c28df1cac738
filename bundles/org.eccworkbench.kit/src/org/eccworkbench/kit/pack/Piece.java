package org.eccworkbench.kit.pack;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.kit.plan.PackingClass;

/** One piece of luggage (case, box or duffel) and what is in it. */
public final class Piece {

	private final int number;
	private final PackingClass packing;
	private final double tareKg;
	private final List<PackLine> lines = new ArrayList<>();
	private double contentKg;
	private double contentL;

	Piece(int number, PackingClass packing, double tareKg) {
		this.number = number;
		this.packing = packing;
		this.tareKg = tareKg;
	}

	void add(PackLine line) {
		lines.add(line);
		contentKg += line.weightKg();
		contentL += line.volumeL();
	}

	public int number() {
		return number;
	}

	public PackingClass packing() {
		return packing;
	}

	public List<PackLine> lines() {
		return List.copyOf(lines);
	}

	/** Weight with the empty piece, kg. */
	public double weightKg() {
		return tareKg + contentKg;
	}

	double contentKg() {
		return contentKg;
	}

	public double volumeL() {
		return contentL;
	}
}
