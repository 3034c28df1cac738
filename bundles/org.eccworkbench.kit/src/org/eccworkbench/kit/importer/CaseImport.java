package org.eccworkbench.kit.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eclipse.osgi.util.NLS;

/**
 * Adds cases from CSV to a mission. Columns: {@code id, age_years, weight_kg, height_cm} (required),
 * {@code hct_percent, procedure, bypass_min, ecmo_standby, template}. A bad row is reported by row
 * and column and left out; the good rows are added.
 */
public final class CaseImport {

	public static final List<String> REQUIRED = List.of("id", "age_years", "weight_kg", "height_cm");

	private CaseImport() {
	}

	public static ImportResult into(Mission mission, String csv) {
		CsvTable table = CsvTable.parse(csv);
		List<String> problems = new ArrayList<>();
		for (String column : REQUIRED) {
			if (!table.header().contains(column)) {
				problems.add(NLS.bind(Messages.Import_missingColumn, column));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		Set<String> ids = new HashSet<>();
		mission.getCases().forEach(c -> ids.add(c.getId()));
		int imported = 0;
		for (CsvTable.Row row : table.rows()) {
			Cells cells = new Cells(row, problems);
			Optional<String> id = cells.text("id", true);
			if (id.isPresent() && ids.contains(id.get())) {
				cells.problem("id", NLS.bind(Messages.Import_duplicate, id.get()));
			}
			Optional<Double> age = cells.number("age_years", 0, 120, true);
			Optional<Double> weight = cells.number("weight_kg", BodySize.WEIGHT_KG.min(), BodySize.WEIGHT_KG.max(), true);
			Optional<Double> height = cells.number("height_cm", BodySize.HEIGHT_CM.min(), BodySize.HEIGHT_CM.max(), true);
			Optional<Double> hct = cells.number("hct_percent", 10, 75, false);
			Optional<Double> minutes = cells.number("bypass_min", 0, 1440, false);
			if (cells.bad()) {
				continue;
			}
			PlannedCase planned = MissionFactory.eINSTANCE.createPlannedCase();
			planned.setId(id.get());
			planned.setAgeYears(age.get());
			planned.setWeightKg(weight.get());
			planned.setHeightCm(height.get());
			hct.ifPresent(planned::setHematocritPercent);
			cells.text("procedure", false).ifPresent(planned::setProcedure);
			minutes.ifPresent(m -> planned.setExpectedBypassMinutes((int) Math.round(m)));
			planned.setEcmoStandby(cells.flag("ecmo_standby"));
			cells.text("template", false).ifPresent(planned::setTemplate);
			mission.getCases().add(planned);
			ids.add(planned.getId());
			imported++;
		}
		return new ImportResult(imported, problems);
	}
}
