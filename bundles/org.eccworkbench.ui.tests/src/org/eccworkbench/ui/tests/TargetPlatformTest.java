package org.eccworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The libraries that the circuit model, editor, simulator and kit planner build on resolve as
 * OSGi bundles from the target platform, and their main classes load.
 */
class TargetPlatformTest {

	@ParameterizedTest
	@CsvSource({ "org.eclipse.emf.ecore.xmi, org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl",
			"org.eclipse.emf.edit, org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain",
			"org.eclipse.emf.ecore.change, org.eclipse.emf.ecore.change.util.ChangeRecorder",
			"org.eclipse.emf.databinding, org.eclipse.emf.databinding.EMFProperties",
			"org.eclipse.nebula.widgets.nattable.core, org.eclipse.nebula.widgets.nattable.NatTable",
			"org.eclipse.swtchart, org.eclipse.swtchart.Chart",
			"org.eclipse.elk.alg.layered, org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider",
			"org.eclipse.elk.core, org.eclipse.elk.core.RecursiveGraphLayoutEngine" })
	void resolvesAndLoads(String symbolicName, String className) throws ClassNotFoundException {
		BundleContext context = FrameworkUtil.getBundle(TargetPlatformTest.class).getBundleContext();
		List<Bundle> matches = Arrays.stream(context.getBundles())
				.filter(b -> symbolicName.equals(b.getSymbolicName())).toList();
		assertEquals(1, matches.size(), symbolicName + " is in the test runtime exactly once");
		Bundle bundle = matches.get(0);
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
		assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
				symbolicName + " resolves (state " + bundle.getState() + ")");
		assertNotNull(bundle.loadClass(className));
	}
}
