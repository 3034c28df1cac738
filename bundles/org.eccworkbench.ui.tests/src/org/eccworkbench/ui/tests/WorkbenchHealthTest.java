package org.eccworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.ui.WorkbenchIds;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

/** The platform pieces a user never sees until they break: SVG icons, and a clean error log. */
class WorkbenchHealthTest {

	@Test
	void platformSvgIconsRender() {
		URL svg = Platform.getBundle("org.eclipse.ui.ide").getEntry("icons/full/elcl16/collapseall.svg");
		assertNotNull(svg, "org.eclipse.ui.ide ships SVG icons");
		Image image = ImageDescriptor.createFromURL(svg).createImage(false);
		assertNotNull(image, "an SVG icon rasterizes (swt.svg, jsvg and SPI Fly work together)");
		image.dispose();
	}

	@Test
	void openingEveryPerspectiveLogsNoError() throws WorkbenchException, IOException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		for (String perspective : List.of(WorkbenchIds.PERSPECTIVE_DESIGN, WorkbenchIds.PERSPECTIVE_SIMULATE,
				WorkbenchIds.PERSPECTIVE_MONITOR, WorkbenchIds.PERSPECTIVE_MISSION)) {
			PlatformUI.getWorkbench().showPerspective(perspective, window);
			Display display = Display.getCurrent();
			while (display.readAndDispatch()) {
				// let the views render
			}
		}
		Path log = Platform.getLogFileLocation().toPath();
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		assertEquals("", errorEntries(text), "errors in " + log);
	}

	/** The "!ENTRY plugin 4 ..." (severity ERROR) entries of an Eclipse log, with their message lines. */
	private static String errorEntries(String log) {
		StringBuilder errors = new StringBuilder();
		Matcher entry = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*(\\R(?!!ENTRY).*){0,3}").matcher(log);
		while (entry.find()) {
			errors.append(entry.group()).append('\n');
		}
		return errors.toString();
	}
}
