package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.ui.editor.internal.commands.AutoLayout;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.Labels;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped templates are drawn clean: no part or label covers another, no tube runs through a
 * part it does not join; and the auto layout keeps parts and labels apart too.
 */
class TemplateLayoutTest {

	@ParameterizedTest
	@ValueSource(strings = { "adult", "small-adult", "paediatric", "neonatal", "va-ecmo", "vv-ecmo" })
	void theStoredLayoutHasNoOverlapsAndNoTubeThroughAPart(String id) {
		Circuit circuit = StarterCircuits.template(id).orElseThrow().create(id);
		assertEquals(List.of(), overlaps(circuit));
		assertEquals(List.of(), tubesThroughParts(circuit));
	}

	@ParameterizedTest
	@ValueSource(strings = { "adult", "neonatal", "va-ecmo" })
	void theAutoLayoutKeepsPartsAndLabelsApart(String id) {
		Circuit circuit = StarterCircuits.template(id).orElseThrow().create(id);
		Map<Component, int[]> positions = AutoLayout.positions(circuit);
		positions.forEach((component, xy) -> {
			component.setX(xy[0]);
			component.setY(xy[1]);
		});
		assertEquals(List.of(), overlaps(circuit));
	}

	/** Pairs of parts whose boxes, labels included, meet. */
	private static List<String> overlaps(Circuit circuit) {
		List<String> found = new ArrayList<>();
		List<Component> components = circuit.getComponents();
		for (int i = 0; i < components.size(); i++) {
			Box a = Labels.withLabel(components.get(i), DiagramGeometry.bounds(components.get(i)));
			for (int j = i + 1; j < components.size(); j++) {
				Box b = Labels.withLabel(components.get(j), DiagramGeometry.bounds(components.get(j)));
				if (a.intersects(b)) {
					found.add(components.get(i).getId() + " / " + components.get(j).getId());
				}
			}
		}
		return found;
	}

	/** Tubes with a segment across a part other than the two they join. */
	private static List<String> tubesThroughParts(Circuit circuit) {
		List<String> found = new ArrayList<>();
		for (Connection connection : circuit.getConnections()) {
			double[] route = DiagramGeometry.route(connection);
			for (Component component : circuit.getComponents()) {
				if (component == connection.getSource().getComponent() || component == connection.getTarget().getComponent()) {
					continue;
				}
				Box part = DiagramGeometry.bounds(component);
				for (int i = 0; i + 3 < route.length; i += 2) {
					Box segment = Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]);
					if (segment.intersects(part)) {
						found.add(connection.getId() + " through " + component.getId());
						break;
					}
				}
			}
		}
		return found;
	}
}
