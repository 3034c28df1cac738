package org.eccworkbench.analysis;

/**
 * The initial heparin dose by weight, and the protamine to reverse it by a fixed ratio.
 * <p>
 * Heparin: 300-400 U/kg before bypass, then more to keep ACT above 480 s, is common practice
 * (a weak source: a translated review excerpt; and the perfusion.com
 * heparin survey for the 480 s target). {@link #DEFAULT_UNITS_PER_KG} is the low end, 300 U/kg.
 * The STS/SCA/AmSECT 2018 anticoagulation guideline (JECT 2018;50(1):5-18) is the evidence base;
 * ACT-guided dosing beats fixed dosing (Akl et al., JTCVS 1980;79:97). 1 mg heparin is about
 * 100 U.
 * <p>
 * Protamine: fixed ratios of 1.0-1.3 mg per 100 U of heparin are common (NCT00684450 control arm
 * and J Cardiovasc Surg 1979 used 1.3 mg per 100 U); titrating to the ACT reduces the dose.
 * {@link #DEFAULT_PROTAMINE_MG_PER_100_UNITS} is the low end, 1.0 mg per 100 U.
 *
 * @param weightKg                 body weight, within {@link BodySize#WEIGHT_KG}
 * @param unitsPerKg               heparin dose, within {@link #UNITS_PER_KG}
 * @param protamineMgPer100Units   protamine ratio, within {@link #PROTAMINE_MG_PER_100_UNITS}
 */
public record HeparinDose(double weightKg, double unitsPerKg, double protamineMgPer100Units) {

	public static final double DEFAULT_UNITS_PER_KG = 300;
	public static final double DEFAULT_PROTAMINE_MG_PER_100_UNITS = 1.0;

	/** Wide of the 300-400 U/kg of common practice, to allow institutional protocols. */
	public static final Limit UNITS_PER_KG = new Limit("unitsPerKg", 50, 1000, "U/kg");
	/** Wide of the common 1.0-1.3 mg per 100 U. */
	public static final Limit PROTAMINE_MG_PER_100_UNITS = new Limit("protamineMgPer100U", 0.1, 2.0, "mg/100 U");

	public HeparinDose {
		BodySize.WEIGHT_KG.check(weightKg);
		UNITS_PER_KG.check(unitsPerKg);
		PROTAMINE_MG_PER_100_UNITS.check(protamineMgPer100Units);
	}

	/** With the default dose and ratio. */
	public HeparinDose(double weightKg) {
		this(weightKg, DEFAULT_UNITS_PER_KG, DEFAULT_PROTAMINE_MG_PER_100_UNITS);
	}

	/** The heparin dose, units. */
	public double heparinUnits() {
		return weightKg * unitsPerKg;
	}

	/** The protamine for {@link #heparinUnits()} at the ratio, mg. */
	public double protamineMilligrams() {
		return heparinUnits() / 100.0 * protamineMgPer100Units;
	}
}
