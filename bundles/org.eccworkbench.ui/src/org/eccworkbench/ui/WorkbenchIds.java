package org.eccworkbench.ui;

/** Identifiers of the perspectives {@code org.eccworkbench.ui} declares and of the views they show. */
public final class WorkbenchIds {

	public static final String PERSPECTIVE_DESIGN = "org.eccworkbench.ui.perspective.design";
	public static final String PERSPECTIVE_SIMULATE = "org.eccworkbench.ui.perspective.simulate";
	public static final String PERSPECTIVE_MONITOR = "org.eccworkbench.ui.perspective.monitor";
	public static final String PERSPECTIVE_MISSION = "org.eccworkbench.ui.perspective.mission";

	public static final String VIEW_CIRCUITS = "org.eccworkbench.ui.views.circuits";
	public static final String VIEW_CIRCUIT_FIGURES = "org.eccworkbench.ui.views.circuitFigures";
	public static final String VIEW_SIMULATION_CONTROL = "org.eccworkbench.ui.views.simulationControl";
	public static final String VIEW_LIVE_CIRCUIT = "org.eccworkbench.ui.views.liveCircuit";
	/** The Simulate perspective's trends and alarms of the simulated case. */
	public static final String VIEW_SIM_TRENDS = "org.eccworkbench.ui.views.simTrends";
	public static final String VIEW_SIM_ALARMS = "org.eccworkbench.ui.views.simAlarms";
	/** The Monitor perspective's trends and alarms of the connected console. */
	public static final String VIEW_TRENDS = "org.eccworkbench.ui.views.trends";
	public static final String VIEW_ALARMS = "org.eccworkbench.ui.views.alarms";
	public static final String VIEW_CONSOLES = "org.eccworkbench.ui.views.consoles";
	public static final String VIEW_LIVE_VALUES = "org.eccworkbench.ui.views.liveValues";
	public static final String VIEW_MISSION_CASES = "org.eccworkbench.ui.views.missionCases";
	public static final String VIEW_KIT_BOM = "org.eccworkbench.ui.views.kitBom";
	public static final String VIEW_PACKING = "org.eccworkbench.ui.views.packing";

	/** The platform's Problems view (validation markers). */
	public static final String VIEW_PROBLEMS = "org.eclipse.ui.views.ProblemView";
	/** The platform's Outline view (the circuit editor's tree and mini-map). */
	public static final String VIEW_OUTLINE = "org.eclipse.ui.views.ContentOutline";
	/** The platform's Properties view. */
	public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet";

	private WorkbenchIds() {
	}
}
