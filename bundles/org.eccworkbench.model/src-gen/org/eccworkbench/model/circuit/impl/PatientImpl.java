/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.Sex;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getAgeYears <em>Age Years</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getHematocritPercent <em>Hematocrit Percent</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getHemoglobinGDl <em>Hemoglobin GDl</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.PatientImpl#getBloodVolumeMl <em>Blood Volume Ml</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientImpl extends EObjectImpl implements Patient {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getAgeYears() <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeYears()
	 * @generated
	 * @ordered
	 */
	protected static final Double AGE_YEARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeYears() <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeYears()
	 * @generated
	 * @ordered
	 */
	protected Double ageYears = AGE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected static final Double HEIGHT_CM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected Double heightCm = HEIGHT_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected static final Double WEIGHT_KG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected Double weightKg = WEIGHT_KG_EDEFAULT;

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
	 * The default value of the '{@link #getHemoglobinGDl() <em>Hemoglobin GDl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHemoglobinGDl()
	 * @generated
	 * @ordered
	 */
	protected static final Double HEMOGLOBIN_GDL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHemoglobinGDl() <em>Hemoglobin GDl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHemoglobinGDl()
	 * @generated
	 * @ordered
	 */
	protected Double hemoglobinGDl = HEMOGLOBIN_GDL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBloodVolumeMl() <em>Blood Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBloodVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final Double BLOOD_VOLUME_ML_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBloodVolumeMl() <em>Blood Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBloodVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected Double bloodVolumeMl = BLOOD_VOLUME_ML_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.PATIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAgeYears() {
		return ageYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeYears(Double newAgeYears) {
		Double oldAgeYears = ageYears;
		ageYears = newAgeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__AGE_YEARS, oldAgeYears, ageYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getHeightCm() {
		return heightCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightCm(Double newHeightCm) {
		Double oldHeightCm = heightCm;
		heightCm = newHeightCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__HEIGHT_CM, oldHeightCm, heightCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getWeightKg() {
		return weightKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightKg(Double newWeightKg) {
		Double oldWeightKg = weightKg;
		weightKg = newWeightKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__WEIGHT_KG, oldWeightKg, weightKg));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__HEMATOCRIT_PERCENT, oldHematocritPercent, hematocritPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getHemoglobinGDl() {
		return hemoglobinGDl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHemoglobinGDl(Double newHemoglobinGDl) {
		Double oldHemoglobinGDl = hemoglobinGDl;
		hemoglobinGDl = newHemoglobinGDl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__HEMOGLOBIN_GDL, oldHemoglobinGDl, hemoglobinGDl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBloodVolumeMl() {
		return bloodVolumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBloodVolumeMl(Double newBloodVolumeMl) {
		Double oldBloodVolumeMl = bloodVolumeMl;
		bloodVolumeMl = newBloodVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.PATIENT__BLOOD_VOLUME_ML, oldBloodVolumeMl, bloodVolumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.PATIENT__AGE_YEARS:
				return getAgeYears();
			case CircuitPackage.PATIENT__SEX:
				return getSex();
			case CircuitPackage.PATIENT__HEIGHT_CM:
				return getHeightCm();
			case CircuitPackage.PATIENT__WEIGHT_KG:
				return getWeightKg();
			case CircuitPackage.PATIENT__HEMATOCRIT_PERCENT:
				return getHematocritPercent();
			case CircuitPackage.PATIENT__HEMOGLOBIN_GDL:
				return getHemoglobinGDl();
			case CircuitPackage.PATIENT__BLOOD_VOLUME_ML:
				return getBloodVolumeMl();
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
			case CircuitPackage.PATIENT__AGE_YEARS:
				setAgeYears((Double)newValue);
				return;
			case CircuitPackage.PATIENT__SEX:
				setSex((Sex)newValue);
				return;
			case CircuitPackage.PATIENT__HEIGHT_CM:
				setHeightCm((Double)newValue);
				return;
			case CircuitPackage.PATIENT__WEIGHT_KG:
				setWeightKg((Double)newValue);
				return;
			case CircuitPackage.PATIENT__HEMATOCRIT_PERCENT:
				setHematocritPercent((Double)newValue);
				return;
			case CircuitPackage.PATIENT__HEMOGLOBIN_GDL:
				setHemoglobinGDl((Double)newValue);
				return;
			case CircuitPackage.PATIENT__BLOOD_VOLUME_ML:
				setBloodVolumeMl((Double)newValue);
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
			case CircuitPackage.PATIENT__AGE_YEARS:
				setAgeYears(AGE_YEARS_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__HEIGHT_CM:
				setHeightCm(HEIGHT_CM_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__WEIGHT_KG:
				setWeightKg(WEIGHT_KG_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__HEMATOCRIT_PERCENT:
				setHematocritPercent(HEMATOCRIT_PERCENT_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__HEMOGLOBIN_GDL:
				setHemoglobinGDl(HEMOGLOBIN_GDL_EDEFAULT);
				return;
			case CircuitPackage.PATIENT__BLOOD_VOLUME_ML:
				setBloodVolumeMl(BLOOD_VOLUME_ML_EDEFAULT);
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
			case CircuitPackage.PATIENT__AGE_YEARS:
				return AGE_YEARS_EDEFAULT == null ? ageYears != null : !AGE_YEARS_EDEFAULT.equals(ageYears);
			case CircuitPackage.PATIENT__SEX:
				return sex != SEX_EDEFAULT;
			case CircuitPackage.PATIENT__HEIGHT_CM:
				return HEIGHT_CM_EDEFAULT == null ? heightCm != null : !HEIGHT_CM_EDEFAULT.equals(heightCm);
			case CircuitPackage.PATIENT__WEIGHT_KG:
				return WEIGHT_KG_EDEFAULT == null ? weightKg != null : !WEIGHT_KG_EDEFAULT.equals(weightKg);
			case CircuitPackage.PATIENT__HEMATOCRIT_PERCENT:
				return HEMATOCRIT_PERCENT_EDEFAULT == null ? hematocritPercent != null : !HEMATOCRIT_PERCENT_EDEFAULT.equals(hematocritPercent);
			case CircuitPackage.PATIENT__HEMOGLOBIN_GDL:
				return HEMOGLOBIN_GDL_EDEFAULT == null ? hemoglobinGDl != null : !HEMOGLOBIN_GDL_EDEFAULT.equals(hemoglobinGDl);
			case CircuitPackage.PATIENT__BLOOD_VOLUME_ML:
				return BLOOD_VOLUME_ML_EDEFAULT == null ? bloodVolumeMl != null : !BLOOD_VOLUME_ML_EDEFAULT.equals(bloodVolumeMl);
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
		result.append(" (ageYears: ");
		result.append(ageYears);
		result.append(", sex: ");
		result.append(sex);
		result.append(", heightCm: ");
		result.append(heightCm);
		result.append(", weightKg: ");
		result.append(weightKg);
		result.append(", hematocritPercent: ");
		result.append(hematocritPercent);
		result.append(", hemoglobinGDl: ");
		result.append(hemoglobinGDl);
		result.append(", bloodVolumeMl: ");
		result.append(bloodVolumeMl);
		result.append(')');
		return result.toString();
	}

} //PatientImpl
