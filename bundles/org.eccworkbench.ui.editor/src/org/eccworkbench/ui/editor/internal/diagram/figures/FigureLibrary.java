package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.ui.editor.internal.diagram.ComponentFigure;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eclipse.swt.graphics.RGB;

/** The figure of each kind of component. Figures are stateless and shared. */
public final class FigureLibrary {

	private static final ComponentFigure RESERVOIR = new ReservoirFigure();
	private static final ComponentFigure ROLLER = new RollerPumpFigure();
	private static final ComponentFigure CENTRIFUGAL = new CentrifugalPumpFigure();
	private static final ComponentFigure OXYGENATOR = new OxygenatorFigure();
	private static final ComponentFigure FILTER = new FilterFigure();
	private static final ComponentFigure CANNULA = new CannulaFigure();
	private static final ComponentFigure PATIENT = new PatientFigure();
	private static final ComponentFigure SENSOR = new SensorFigure();
	private static final ComponentFigure CLAMP = new ClampFigure();
	private static final ComponentFigure CONNECTOR = new ConnectorFigure();
	private static final ComponentFigure VALVE = new ValveFigure();
	private static final ComponentFigure SUCTION = new SuctionFigure();
	private static final ComponentFigure CARDIOPLEGIA = new DeviceFigure("CP", LineStyle.CARDIOPLEGIA); //-NLS-1$
	private static final ComponentFigure BLENDER = new DeviceFigure("O2", LineStyle.GAS); //-NLS-1$
	private static final ComponentFigure HEATER_COOLER = new DeviceFigure("H/C", LineStyle.WATER); //-NLS-1$
	private static final ComponentFigure OTHER = new DeviceFigure("?", new RGB(180, 180, 180)); //-NLS-1$

	private FigureLibrary() {
	}

	public static ComponentFigure figureFor(Component component) {
		if (component instanceof Reservoir) {
			return RESERVOIR;
		} else if (component instanceof RollerPump) {
			return ROLLER;
		} else if (component instanceof CentrifugalPump) {
			return CENTRIFUGAL;
		} else if (component instanceof Oxygenator) {
			return OXYGENATOR;
		} else if (component instanceof ArterialFilter || component instanceof Hemoconcentrator) {
			return FILTER;
		} else if (component instanceof Cannula) {
			return CANNULA;
		} else if (component instanceof PatientNode) {
			return PATIENT;
		} else if (component instanceof Sensor) {
			return SENSOR;
		} else if (component instanceof Clamp) {
			return CLAMP;
		} else if (component instanceof Connector) {
			return CONNECTOR;
		} else if (component instanceof OneWayValve) {
			return VALVE;
		} else if (component instanceof SuctionVent) {
			return SUCTION;
		} else if (component instanceof CardioplegiaSet) {
			return CARDIOPLEGIA;
		} else if (component instanceof GasBlender) {
			return BLENDER;
		} else if (component instanceof HeaterCooler) {
			return HEATER_COOLER;
		}
		return OTHER;
	}
}
