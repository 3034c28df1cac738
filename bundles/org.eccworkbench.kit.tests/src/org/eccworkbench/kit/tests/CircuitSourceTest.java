package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.plan.FolderCircuitSource;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eccworkbench.kit.plan.TemplateCircuitSource;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Oxygenator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the planner's circuits come from: the shipped templates, or a team's own folder. */
class CircuitSourceTest {

	@ParameterizedTest
	@CsvSource({ "neonatal, terumo.capiox-fx05", "paediatric, medtronic.affinity-pixie", "small-adult, terumo.capiox-fx15",
			"adult, terumo.capiox-fx25", "va-ecmo, getinge.quadrox-i-adult", "vv-ecmo, getinge.quadrox-i-adult" })
	void theShippedTemplatesAreTheOnesEccwTemplateListShows(String template, String oxygenator) {
		TemplateCircuitSource source = TemplateCircuitSource.contributed();
		Circuit circuit = source.circuit(template).orElseThrow(() -> new AssertionError(source.problems().toString()));
		assertEquals(oxygenator, circuit.getComponents().stream().filter(Oxygenator.class::isInstance).findFirst()
				.orElseThrow().getProductId());
		assertEquals(List.of(), source.problems());
	}

	@Test
	void aTemplateIsReadOnce() {
		TemplateCircuitSource source = TemplateCircuitSource.contributed();
		assertTrue(source.circuit("neonatal").get() == source.circuit("neonatal").get());
	}

	@Test
	void anUnknownTemplateIsAProblemNamingTheTemplatesThereAre() {
		TemplateCircuitSource source = TemplateCircuitSource.contributed();
		assertEquals(Optional.empty(), source.circuit("bypass-xl"));
		assertEquals(List.of("no circuit template 'bypass-xl'; the templates are: adult, neonatal, paediatric, small-adult,"
				+ " va-ecmo, vv-ecmo"), source.problems());
	}

	@Test
	void aCaseNamingAnUnknownTemplateBlocksThePlan() {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getCases().get(0).setTemplate("bypass-xl");
		KitPlan plan = Kits.planner().plan(mission);
		assertEquals(List.of(), plan.cases());
		assertTrue(plan.findings().stream().anyMatch(f -> f.message().equals("no circuit template 'bypass-xl'")),
				plan.findings().toString());
		assertFalse(plan.fulfillable());
	}

	@Test
	void aTeamsFolderServesItsOwnCircuitsAndSaysWhichAreMissing(@TempDir Path folder) throws IOException {
		byte[] neonatal = CircuitTemplates.contributed().template("neonatal").orElseThrow().content();
		Files.write(folder.resolve("team-neonatal.ecc"), neonatal);
		FolderCircuitSource source = new FolderCircuitSource(folder);
		assertTrue(source.circuit("team-neonatal").isPresent(), source.problems().toString());
		assertEquals(Optional.empty(), source.circuit("va-ecmo"));
		assertEquals(List.of("no circuit template 'va-ecmo' in " + folder), source.problems());

		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getCases().get(0).setTemplate("team-neonatal");
		KitPlan plan = new KitPlanner(Kits.items(), source).plan(mission);
		assertEquals("team-neonatal", plan.cases().get(0).template());
		assertEquals(1, plan.requirement("terumo.capiox-fx05").orElseThrow().forCases());
	}
}
