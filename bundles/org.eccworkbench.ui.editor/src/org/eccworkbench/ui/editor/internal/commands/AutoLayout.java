package org.eccworkbench.ui.editor.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eccworkbench.ui.editor.internal.diagram.Labels;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Lays the circuit out left to right along the blood path with ELK's layered algorithm. */
public final class AutoLayout {

	private static final double NODE_SPACING = 40;
	private static final double LAYER_SPACING = 60;
	private static final double PADDING = 40;
	/** How far above what it measures a sensor goes. */
	private static final double SENSOR_RISE = 70;
	/** The least room around a sensor and its label. */
	private static final double SENSOR_GAP = 6;

	private AutoLayout() {
	}

	/**
	 * ELK's option types and the layered algorithm's options, registered once. Outside Eclipse's
	 * own ELK service plug-in nothing registers them, and options cannot be copied without them.
	 */
	private static synchronized void registerLayered() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}

	/** New positions (model units, on the grid) for every component. */
	public static Map<Component, int[]> positions(Circuit circuit) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		Map<Component, ElkNode> nodes = new HashMap<>();
		for (Component component : circuit.getComponents()) {
			if (measured(component) != null) {
				continue;
			}
			// the node holds the figure and its wrapped label, which is often wider than the figure
			Box box = Labels.withLabel(component, DiagramGeometry.bounds(component));
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(box.width(), box.height());
			nodes.put(component, node);
		}
		for (Connection connection : circuit.getConnections()) {
			if (connection.getSource() == null || connection.getTarget() == null) {
				continue;
			}
			Component target = connection.getTarget().getComponent();
			if (target instanceof PatientNode) {
				// the return to the patient closes the loop; left out, the patient starts the blood path
				continue;
			}
			ElkNode from = nodes.get(connection.getSource().getComponent());
			ElkNode to = nodes.get(target);
			if (from != null && to != null) {
				ElkGraphUtil.createSimpleEdge(from, to);
			}
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
		Map<Component, int[]> positions = new LinkedHashMap<>();
		List<Box> taken = new ArrayList<>();
		nodes.forEach((component, node) -> {
			// on the grid, where it will be drawn: the sensors are kept off these very boxes
			Box figure = DiagramGeometry.bounds(component);
			double x = DiagramUnits.snap(node.getX() + (node.getWidth() - figure.width()) / 2);
			double y = DiagramUnits.snap(node.getY());
			positions.put(component, grid(x, y));
			taken.add(Labels.withLabel(component, new Box(x, y, figure.width(), figure.height())));
		});
		for (Component component : circuit.getComponents()) {
			double[] over = measuredCentre(measured(component), nodes);
			if (over != null) {
				positions.put(component, freePlace(component, over, taken));
			}
		}
		return positions;
	}

	/**
	 * A sensor's place over what it measures, raised a grid cell at a time while it (with its
	 * label) would cover a part or a sensor already placed.
	 */
	private static int[] freePlace(Component sensor, double[] over, List<Box> taken) {
		Box figure = DiagramGeometry.bounds(sensor);
		double x = DiagramUnits.snap(over[0] - figure.width() / 2);
		double y = DiagramUnits.snap(over[1] - SENSOR_RISE);
		for (int tries = 0; tries < 40; tries++) {
			Box box = Labels.withLabel(sensor, new Box(x, y, figure.width(), figure.height())).expand(SENSOR_GAP);
			if (taken.stream().noneMatch(box::intersects)) {
				break;
			}
			y -= DiagramUnits.GRID_PX;
		}
		taken.add(Labels.withLabel(sensor, new Box(x, y, figure.width(), figure.height())));
		return grid(x, y);
	}

	private static int[] grid(double x, double y) {
		return new int[] { DiagramUnits.toUnits(DiagramUnits.snap(x + PADDING)),
				DiagramUnits.toUnits(DiagramUnits.snap(y + PADDING)) };
	}

	/** What a sensor measures, when it is a line or a part; sensors sit over it rather than in a layer. */
	private static CircuitElement measured(Component component) {
		return component instanceof Sensor sensor ? sensor.getAttachedTo() : null;
	}

	/** The centre of a laid-out part, or the middle between the parts a line joins; null if not laid out. */
	private static double[] measuredCentre(CircuitElement element, Map<Component, ElkNode> nodes) {
		if (element instanceof Component component && nodes.containsKey(component)) {
			ElkNode node = nodes.get(component);
			return new double[] { node.getX() + node.getWidth() / 2, node.getY() + node.getHeight() / 2 };
		}
		if (element instanceof Connection line && line.getSource() != null && line.getTarget() != null) {
			double[] from = measuredCentre(line.getSource().getComponent(), nodes);
			double[] to = measuredCentre(line.getTarget().getComponent(), nodes);
			if (from != null && to != null) {
				return new double[] { (from[0] + to[0]) / 2, (from[1] + to[1]) / 2 };
			}
		}
		return null;
	}

	public static Command command(EditingDomain domain, Circuit circuit) {
		Command move = CircuitCommands.move(domain, positions(circuit));
		CompoundCommand command = new CompoundCommand(Messages.Command_autoLayout);
		command.append(move);
		return command;
	}
}
