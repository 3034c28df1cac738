package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.ui.UiThrottle;
import java.nio.file.Path;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.Scores;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.sim.SimulationSetup;
import org.eccworkbench.ui.sim.internal.RunSetup.SetupException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The simulation's control panel: the case to run (circuit, patient, scenario, duration), Start
 * and Stop, Run, Pause, Step and the speed, the simulated clock and the run's state, the
 * perfusionist's controls and the scores so far.
 */
public final class SimulationControlView extends ViewPart {

	private static final int REFRESH_MILLIS = 200;
	private static final Color PROBLEM = new Color(190, 0, 0);
	private static final Color NORMAL = new Color(40, 40, 40);

	private final SimulationRun run = SimulationRun.get();
	private ScrolledComposite scroller;
	private Composite content;
	private Text circuit;
	private Text height;
	private Text weight;
	private Text hct;
	private Text scenario;
	private Text duration;
	private Button start;
	private Button stop;
	private Button play;
	private Button pause;
	private Button step;
	private Combo speed;
	private Label clock;
	private Label state;
	private Label problem;
	private Label scores;
	private PerfusionistPanel panel;
	private Runnable observer;
	private String loadedCircuit = ""; //$NON-NLS-1$

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(content);
		createCase(content);
		createRun(content);
		panel = new PerfusionistPanel(content, run, () -> {
			content.layout(true, true);
			resize();
		});
		Group scoreGroup = new Group(content, SWT.NONE);
		scoreGroup.setText(Messages.Control_scores);
		GridLayoutFactory.swtDefaults().applyTo(scoreGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scoreGroup);
		scores = new Label(scoreGroup, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(scores);
		scroller.setContent(content);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> resize());
		resize();
		useSelectedCircuit(false);
		observer = new UiThrottle(content, REFRESH_MILLIS, this::refresh);
		run.addObserver(observer);
		refresh();
	}

	private void resize() {
		int width = Math.max(260, scroller.getClientArea().width);
		Point size = content.computeSize(width, SWT.DEFAULT);
		scroller.setMinSize(size);
	}

	private void createCase(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Control_case);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.Control_circuit);
		circuit = new Text(group, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(circuit);
		circuit.addListener(SWT.FocusOut, e -> circuitChanged());
		circuit.addListener(SWT.DefaultSelection, e -> circuitChanged());
		Button browse = new Button(group, SWT.PUSH);
		browse.setText(Messages.Control_browse);
		browse.addListener(SWT.Selection, e -> browse(circuit, "*.ecc")); //$NON-NLS-1$
		Button selected = new Button(group, SWT.PUSH);
		selected.setText(Messages.Control_useSelected);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(selected);
		selected.addListener(SWT.Selection, e -> useSelectedCircuit(true));

		height = field(group, Messages.Control_height, Messages.Unit_cm);
		weight = field(group, Messages.Control_weight, Messages.Unit_kg);
		hct = field(group, Messages.Control_hct, Messages.Unit_percent);

		new Label(group, SWT.NONE).setText(Messages.Control_scenario);
		scenario = new Text(group, SWT.BORDER);
		scenario.setMessage(Messages.Control_nominalScenario);
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(scenario);
		Button browseScenario = new Button(group, SWT.PUSH);
		browseScenario.setText(Messages.Control_browse);
		browseScenario.addListener(SWT.Selection, e -> browse(scenario, "*.json")); //$NON-NLS-1$
		duration = field(group, Messages.Control_duration, Messages.Unit_min);
		duration.setMessage(Messages.Control_durationDefault);

		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		start = new Button(buttons, SWT.PUSH);
		start.setText(Messages.Control_start);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(start);
		start.addListener(SWT.Selection, e -> start());
		stop = new Button(buttons, SWT.PUSH);
		stop.setText(Messages.Control_stop);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stop);
		stop.addListener(SWT.Selection, e -> run.stop());
		problem = new Label(group, SWT.WRAP);
		problem.setForeground(PROBLEM);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(problem);
	}

	private void createRun(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Control_run);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		play = new Button(group, SWT.PUSH);
		play.setText(Messages.Control_play);
		play.addListener(SWT.Selection, e -> run.play());
		pause = new Button(group, SWT.PUSH);
		pause.setText(Messages.Control_pause);
		pause.addListener(SWT.Selection, e -> run.pause());
		step = new Button(group, SWT.PUSH);
		step.setText(Messages.Control_step);
		step.setToolTipText(NLS.bind(Messages.Control_stepTip, Texts.number(SimulationRun.STEP_S)));
		step.addListener(SWT.Selection, e -> run.step());
		speed = new Combo(group, SWT.READ_ONLY);
		for (int times : Pacing.SPEEDS) {
			speed.add(NLS.bind(Messages.Control_speedItem, times));
		}
		speed.select(0);
		speed.setToolTipText(Messages.Control_speed);
		speed.addListener(SWT.Selection, e -> run.setSpeed(Pacing.SPEEDS[speed.getSelectionIndex()]));
		clock = new Label(group, SWT.NONE);
		clock.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(clock);
		state = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(state);
	}

	private static Text field(Composite parent, String name, String unit) {
		new Label(parent, SWT.NONE).setText(name);
		Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(text);
		new Label(parent, SWT.NONE).setText(unit);
		return text;
	}

	private void browse(Text target, String extension) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { extension, "*" }); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen != null) {
			target.setText(chosen);
			if (target == circuit) {
				circuitChanged();
			}
		}
	}

	private void useSelectedCircuit(boolean sayWhenNone) {
		Optional<CircuitChoice.Choice> choice = CircuitChoice.of(getSite().getWorkbenchWindow());
		if (choice.isEmpty()) {
			if (sayWhenNone) {
				showProblem(Messages.Control_noSelectedCircuit);
			}
			return;
		}
		setCircuit(choice.get().file());
		if (choice.get().unsaved()) {
			showProblem(Messages.Control_unsaved);
		}
	}

	/** Chooses the circuit file and fills the patient fields from its patient. */
	void setCircuit(Path file) {
		circuit.setText(file.toString());
		circuit.setSelection(circuit.getText().length());
		circuitChanged();
	}

	private void circuitChanged() {
		String path = circuit.getText().strip();
		if (path.equals(loadedCircuit) || path.isEmpty()) {
			return;
		}
		loadedCircuit = path;
		try {
			Double[] patient = RunSetup.patientOf(RunSetup.load(Path.of(path)));
			height.setText(patient[0] == null ? "" : Texts.number(patient[0])); //$NON-NLS-1$
			weight.setText(patient[1] == null ? "" : Texts.number(patient[1])); //$NON-NLS-1$
			hct.setText(patient[2] == null ? "" : Texts.number(patient[2])); //$NON-NLS-1$
			showProblem(""); //$NON-NLS-1$
		} catch (SetupException | java.nio.file.InvalidPathException e) {
			showProblem(e.getMessage());
		}
	}

	/** Starts a run of the fields' case; a problem is shown in the panel and nothing runs. */
	void start() {
		try {
			String path = circuit.getText().strip();
			if (path.isEmpty()) {
				throw new SetupException(Messages.Control_noCircuit);
			}
			Circuit loaded = RunSetup.load(Path.of(path));
			SimulationSetup setup = RunSetup.of(loaded, required(Messages.Control_height, height),
					required(Messages.Control_weight, weight), required(Messages.Control_hct, hct),
					scenario.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(scenario.getText().strip())),
					RunSetup.parse(Messages.Control_duration, duration.getText()), CatalogRegistry.withWorkspace());
			run.start(setup);
			run.setSpeed(Pacing.SPEEDS[Math.max(0, speed.getSelectionIndex())]);
			showProblem(""); //$NON-NLS-1$
			panel.started(loaded, run.session().orElseThrow().signals());
		} catch (SetupException | java.nio.file.InvalidPathException e) {
			showProblem(e.getMessage());
		} catch (CircuitException e) {
			showProblem(NLS.bind(Messages.Control_circuitRefused, e.getMessage()));
		}
	}

	private static double required(String name, Text field) throws SetupException {
		Double value = RunSetup.parse(name, field.getText());
		if (value == null) {
			throw new SetupException(NLS.bind(Messages.Control_missing, name));
		}
		return value;
	}

	private void showProblem(String text) {
		problem.setText(text);
		content.layout(true, true);
		resize();
	}

	private void refresh() {
		if (content.isDisposed()) {
			return;
		}
		SimulationSession session = run.session().orElse(null);
		boolean active = run.active();
		stop.setEnabled(active);
		play.setEnabled(active && run.paused());
		pause.setEnabled(active && !run.paused());
		step.setEnabled(active && run.paused());
		speed.select(indexOf(run.speed()));
		if (session == null) {
			clock.setText(Texts.clock(0));
			state.setText(Messages.Control_noRun);
			return;
		}
		clock.setText(NLS.bind(Messages.Control_clock, Texts.clock(session.timeS()),
				Texts.clock(session.setup().durationS())));
		state.setText(stateText(session, active));
		state.setForeground(session.stopCause().isPresent() || !run.problem().isEmpty() ? PROBLEM : NORMAL);
		panel.refresh(session.signals());
		Scores s = session.scores();
		boolean wasEmpty = scores.getText().isEmpty();
		scores.setText(NLS.bind(Messages.Control_scoresText, new Object[] { Texts.fixed(s.nadirDo2i(), 0),
				Texts.fixed(s.minutesBelowDo2i272(), 1), Texts.fixed(s.minutesBelowDo2i280(), 1),
				Texts.fixed(s.maxGradientC(), 1), Integer.toString(s.missedRedoses()), Texts.fixed(s.bypassMinutes(), 1) }));
		if (wasEmpty) {
			content.layout(true, true);
			resize();
		} else {
			scores.getParent().layout();
		}
	}

	private String stateText(SimulationSession session, boolean active) {
		if (!run.problem().isEmpty()) {
			return run.problem();
		}
		if (session.stopCause().isPresent()) {
			return NLS.bind(Messages.Control_stoppedOn, session.stopCause().get());
		}
		if (!session.running()) {
			return Messages.Control_finished;
		}
		if (!active) {
			return Messages.Control_stopped;
		}
		return run.paused() ? Messages.Control_paused : NLS.bind(Messages.Control_running, run.speed());
	}

	private static int indexOf(int times) {
		for (int i = 0; i < Pacing.SPEEDS.length; i++) {
			if (Pacing.SPEEDS[i] == times) {
				return i;
			}
		}
		return 0;
	}

	/** For the tests. */
	Composite content() {
		return content;
	}

	PerfusionistPanel panel() {
		return panel;
	}

	void setCase(String height, String weight, String hct, String scenario, String duration) {
		this.height.setText(height);
		this.weight.setText(weight);
		this.hct.setText(hct);
		this.scenario.setText(scenario);
		this.duration.setText(duration);
	}

	String[] caseFields() {
		return new String[] { height.getText(), weight.getText(), hct.getText() };
	}

	String problemText() {
		return problem.getText();
	}

	String stateText() {
		return state.getText();
	}

	String scoresText() {
		return scores.getText();
	}

	@Override
	public void setFocus() {
		start.setFocus();
	}

	@Override
	public void dispose() {
		run.removeObserver(observer);
		super.dispose();
	}
}
