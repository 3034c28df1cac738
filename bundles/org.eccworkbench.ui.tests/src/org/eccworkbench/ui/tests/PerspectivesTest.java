package org.eccworkbench.ui.tests;

import static org.eccworkbench.ui.WorkbenchIds.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eccworkbench.ui.internal.views.EmptyStateView;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each perspective of the real workbench opens with its views, none of them broken. */
class PerspectivesTest {

	static Stream<Arguments> perspectives() {
		return Stream.of(
				Arguments.of(PERSPECTIVE_DESIGN,
						List.of(VIEW_CIRCUITS, VIEW_OUTLINE, VIEW_CIRCUIT_FIGURES, VIEW_PROBLEMS, VIEW_PROPERTIES)),
				Arguments.of(PERSPECTIVE_SIMULATE,
						List.of(VIEW_SIMULATION_CONTROL, VIEW_LIVE_CIRCUIT, VIEW_SIM_TRENDS, VIEW_SIM_ALARMS)),
				Arguments.of(PERSPECTIVE_MONITOR, List.of(VIEW_CONSOLES, VIEW_LIVE_VALUES, VIEW_TRENDS, VIEW_ALARMS)),
				Arguments.of(PERSPECTIVE_MISSION, List.of(VIEW_MISSION_CASES, VIEW_KIT_BOM, VIEW_PACKING, VIEW_PROBLEMS)));
	}

	@ParameterizedTest
	@MethodSource("perspectives")
	void opensWithItsViews(String perspectiveId, List<String> viewIds) throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has a window");
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(perspectiveId, window);
		page.resetPerspective();
		processEvents();
		assertEquals(perspectiveId, page.getPerspective().getId());

		List<String> shown = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		assertTrue(shown.containsAll(viewIds), "expected " + viewIds + " in " + shown);
		for (String viewId : viewIds) {
			IViewPart view = page.findView(viewId);
			assertNotNull(view, viewId + " is created");
			assertFalse(view.getClass().getName().endsWith("ErrorViewPart"), viewId + " failed to open");
			assertFalse(view.getTitle().isBlank(), viewId + " has a title");
			if (view instanceof EmptyStateView empty) {
				assertNotEquals(viewId, empty.getHeading(), viewId + " has its own empty state");
				assertTrue(empty.getExplanation().length() > 40, viewId + " says what will appear");
			}
		}
	}

	@org.junit.jupiter.api.Test
	void theWindowIsTheProductsWindow() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertTrue(window.getShell().getText().startsWith("ECC Workbench"), window.getShell().getText());
		assertTrue(window.getShell().getImages().length > 0, "the window carries the product icon");
		assertEquals("ECC Workbench", org.eclipse.core.runtime.Platform.getProduct().getName());
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
