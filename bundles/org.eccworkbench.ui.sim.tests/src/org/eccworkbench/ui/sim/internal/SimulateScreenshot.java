package org.eccworkbench.ui.sim.internal;

import static org.eccworkbench.ui.sim.internal.SimulatePerspectiveTest.click;
import static org.eccworkbench.ui.sim.internal.SimulatePerspectiveTest.settle;
import static org.eccworkbench.ui.sim.internal.SimulatePerspectiveTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.ui.WorkbenchIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Not a test: with {@code -Deccw.screenshot=FOLDER} it writes {@code simulate.png} there, the
 * screen (ImageMagick {@code import -window root}) with the Simulate perspective running the
 * adult template: cooling to 32 °C, 12 simulated minutes at 50×, the sweep turned down to
 * 0.3 L/min at 9 minutes (its alarm outlines the gas blender and the oxygenator).
 * Run by {@code releng/bench/simulate-screenshot.sh}.
 */
class SimulateScreenshot {

	@Test
	void screenshot() throws Exception {
		String folder = System.getProperty("eccw.screenshot");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_SIMULATE,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page.resetPerspective();
		settle(500);
		SimulationControlView control = (SimulationControlView) page.findView(WorkbenchIds.VIEW_SIMULATION_CONTROL);
		IFile file = SimulatePerspectiveTest.workspaceCopy(Circuits.adultTemplate(), "adult.ecc");
		control.setCircuit(file.getLocation().toFile().toPath());
		control.start();
		SimulationRun run = SimulationRun.get();
		SimulationSession session = run.session().orElseThrow();
		PerfusionistPanel panel = control.panel();
		panel.water.field.setText("32");
		click(panel.water.button);
		run.setSpeed(50);
		waitUntil(() -> session.timeS() > 9 * 60, Duration.ofSeconds(120), "9 simulated minutes");
		panel.sweep.field.setText("0.3");
		click(panel.sweep.button);
		waitUntil(() -> session.timeS() > 12 * 60, Duration.ofSeconds(120), "12 simulated minutes");
		run.setSpeed(1);
		settle(1500);
		Path target = Path.of(folder).toAbsolutePath().resolve("simulate.png");
		Files.createDirectories(target.getParent());
		Process capture = new ProcessBuilder("import", "-window", "root", target.toString()).inheritIO().start();
		long end = System.currentTimeMillis() + 30_000;
		while (capture.isAlive() && System.currentTimeMillis() < end) {
			settle(50);
		}
		if (capture.isAlive() || capture.exitValue() != 0) {
			capture.destroy();
			throw new IllegalStateException("import -window root failed for " + target);
		}
		run.stop();
		System.out.println("screenshot: " + target);
	}
}
