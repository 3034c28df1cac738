/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.PlannedCase;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getAgeYears <em>Age Years</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getHematocritPercent <em>Hematocrit Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#isEcmoStandby <em>Ecmo Standby</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.PlannedCaseImpl#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedCaseImpl extends EObjectImpl implements PlannedCase {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeYears() <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeYears()
	 * @generated
	 * @ordered
	 */
	protected static final double AGE_YEARS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAgeYears() <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeYears()
	 * @generated
	 * @ordered
	 */
	protected double ageYears = AGE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected double weightKg = WEIGHT_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected double heightCm = HEIGHT_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getHematocritPercent() <em>Hematocrit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHematocritPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Double HEMATOCRIT_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHematocritPercent() <em>Hematocrit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHematocritPercent()
	 * @generated
	 * @ordered
	 */
	protected Double hematocritPercent = HEMATOCRIT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcedure() <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCEDURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcedure() <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected String procedure = PROCEDURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedBypassMinutes() <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPECTED_BYPASS_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExpectedBypassMinutes() <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 * @ordered
	 */
	protected int expectedBypassMinutes = EXPECTED_BYPASS_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isEcmoStandby() <em>Ecmo Standby</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEcmoStandby()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ECMO_STANDBY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEcmoStandby() <em>Ecmo Standby</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEcmoStandby()
	 * @generated
	 * @ordered
	 */
	protected boolean ecmoStandby = ECMO_STANDBY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.PLANNED_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAgeYears() {
		return ageYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeYears(double newAgeYears) {
		double oldAgeYears = ageYears;
		ageYears = newAgeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__AGE_YEARS, oldAgeYears, ageYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightKg() {
		return weightKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightKg(double newWeightKg) {
		double oldWeightKg = weightKg;
		weightKg = newWeightKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__WEIGHT_KG, oldWeightKg, weightKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeightCm() {
		return heightCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightCm(double newHeightCm) {
		double oldHeightCm = heightCm;
		heightCm = newHeightCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__HEIGHT_CM, oldHeightCm, heightCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getHematocritPercent() {
		return hematocritPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHematocritPercent(Double newHematocritPercent) {
		Double oldHematocritPercent = hematocritPercent;
		hematocritPercent = newHematocritPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__HEMATOCRIT_PERCENT, oldHematocritPercent, hematocritPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcedure() {
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedure(String newProcedure) {
		String oldProcedure = procedure;
		procedure = newProcedure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__PROCEDURE, oldProcedure, procedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpectedBypassMinutes() {
		return expectedBypassMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedBypassMinutes(int newExpectedBypassMinutes) {
		int oldExpectedBypassMinutes = expectedBypassMinutes;
		expectedBypassMinutes = newExpectedBypassMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__EXPECTED_BYPASS_MINUTES, oldExpectedBypassMinutes, expectedBypassMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEcmoStandby() {
		return ecmoStandby;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcmoStandby(boolean newEcmoStandby) {
		boolean oldEcmoStandby = ecmoStandby;
		ecmoStandby = newEcmoStandby;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__ECMO_STANDBY, oldEcmoStandby, ecmoStandby));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.PLANNED_CASE__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.PLANNED_CASE__ID:
				return getId();
			case MissionPackage.PLANNED_CASE__AGE_YEARS:
				return getAgeYears();
			case MissionPackage.PLANNED_CASE__WEIGHT_KG:
				return getWeightKg();
			case MissionPackage.PLANNED_CASE__HEIGHT_CM:
				return getHeightCm();
			case MissionPackage.PLANNED_CASE__HEMATOCRIT_PERCENT:
				return getHematocritPercent();
			case MissionPackage.PLANNED_CASE__PROCEDURE:
				return getProcedure();
			case MissionPackage.PLANNED_CASE__EXPECTED_BYPASS_MINUTES:
				return getExpectedBypassMinutes();
			case MissionPackage.PLANNED_CASE__ECMO_STANDBY:
				return isEcmoStandby();
			case MissionPackage.PLANNED_CASE__TEMPLATE:
				return getTemplate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MissionPackage.PLANNED_CASE__ID:
				setId((String)newValue);
				return;
			case MissionPackage.PLANNED_CASE__AGE_YEARS:
				setAgeYears((Double)newValue);
				return;
			case MissionPackage.PLANNED_CASE__WEIGHT_KG:
				setWeightKg((Double)newValue);
				return;
			case MissionPackage.PLANNED_CASE__HEIGHT_CM:
				setHeightCm((Double)newValue);
				return;
			case MissionPackage.PLANNED_CASE__HEMATOCRIT_PERCENT:
				setHematocritPercent((Double)newValue);
				return;
			case MissionPackage.PLANNED_CASE__PROCEDURE:
				setProcedure((String)newValue);
				return;
			case MissionPackage.PLANNED_CASE__EXPECTED_BYPASS_MINUTES:
				setExpectedBypassMinutes((Integer)newValue);
				return;
			case MissionPackage.PLANNED_CASE__ECMO_STANDBY:
				setEcmoStandby((Boolean)newValue);
				return;
			case MissionPackage.PLANNED_CASE__TEMPLATE:
				setTemplate((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MissionPackage.PLANNED_CASE__ID:
				setId(ID_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__AGE_YEARS:
				setAgeYears(AGE_YEARS_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__WEIGHT_KG:
				setWeightKg(WEIGHT_KG_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__HEIGHT_CM:
				setHeightCm(HEIGHT_CM_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__HEMATOCRIT_PERCENT:
				setHematocritPercent(HEMATOCRIT_PERCENT_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__PROCEDURE:
				setProcedure(PROCEDURE_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__EXPECTED_BYPASS_MINUTES:
				setExpectedBypassMinutes(EXPECTED_BYPASS_MINUTES_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__ECMO_STANDBY:
				setEcmoStandby(ECMO_STANDBY_EDEFAULT);
				return;
			case MissionPackage.PLANNED_CASE__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MissionPackage.PLANNED_CASE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case MissionPackage.PLANNED_CASE__AGE_YEARS:
				return ageYears != AGE_YEARS_EDEFAULT;
			case MissionPackage.PLANNED_CASE__WEIGHT_KG:
				return weightKg != WEIGHT_KG_EDEFAULT;
			case MissionPackage.PLANNED_CASE__HEIGHT_CM:
				return heightCm != HEIGHT_CM_EDEFAULT;
			case MissionPackage.PLANNED_CASE__HEMATOCRIT_PERCENT:
				return HEMATOCRIT_PERCENT_EDEFAULT == null ? hematocritPercent != null : !HEMATOCRIT_PERCENT_EDEFAULT.equals(hematocritPercent);
			case MissionPackage.PLANNED_CASE__PROCEDURE:
				return PROCEDURE_EDEFAULT == null ? procedure != null : !PROCEDURE_EDEFAULT.equals(procedure);
			case MissionPackage.PLANNED_CASE__EXPECTED_BYPASS_MINUTES:
				return expectedBypassMinutes != EXPECTED_BYPASS_MINUTES_EDEFAULT;
			case MissionPackage.PLANNED_CASE__ECMO_STANDBY:
				return ecmoStandby != ECMO_STANDBY_EDEFAULT;
			case MissionPackage.PLANNED_CASE__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", ageYears: ");
		result.append(ageYears);
		result.append(", weightKg: ");
		result.append(weightKg);
		result.append(", heightCm: ");
		result.append(heightCm);
		result.append(", hematocritPercent: ");
		result.append(hematocritPercent);
		result.append(", procedure: ");
		result.append(procedure);
		result.append(", expectedBypassMinutes: ");
		result.append(expectedBypassMinutes);
		result.append(", ecmoStandby: ");
		result.append(ecmoStandby);
		result.append(", template: ");
		result.append(template);
		result.append(')');
		return result.toString();
	}

} //PlannedCaseImpl
