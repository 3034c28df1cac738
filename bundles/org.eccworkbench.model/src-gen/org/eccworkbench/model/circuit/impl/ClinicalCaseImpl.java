/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.ClinicalCase;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clinical Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl#getPlannedTemperatureC <em>Planned Temperature C</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl#getTargetCardiacIndex <em>Target Cardiac Index</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ClinicalCaseImpl#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClinicalCaseImpl extends EObjectImpl implements ClinicalCase {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

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
	 * The default value of the '{@link #getPlannedTemperatureC() <em>Planned Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedTemperatureC()
	 * @generated
	 * @ordered
	 */
	protected static final Double PLANNED_TEMPERATURE_C_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedTemperatureC() <em>Planned Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedTemperatureC()
	 * @generated
	 * @ordered
	 */
	protected Double plannedTemperatureC = PLANNED_TEMPERATURE_C_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetCardiacIndex() <em>Target Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCardiacIndex()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_CARDIAC_INDEX_EDEFAULT = 2.4;

	/**
	 * The cached value of the '{@link #getTargetCardiacIndex() <em>Target Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCardiacIndex()
	 * @generated
	 * @ordered
	 */
	protected double targetCardiacIndex = TARGET_CARDIAC_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedBypassMinutes() <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXPECTED_BYPASS_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedBypassMinutes() <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer expectedBypassMinutes = EXPECTED_BYPASS_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClinicalCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CLINICAL_CASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CLINICAL_CASE__PROCEDURE, oldProcedure, procedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPlannedTemperatureC() {
		return plannedTemperatureC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedTemperatureC(Double newPlannedTemperatureC) {
		Double oldPlannedTemperatureC = plannedTemperatureC;
		plannedTemperatureC = newPlannedTemperatureC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CLINICAL_CASE__PLANNED_TEMPERATURE_C, oldPlannedTemperatureC, plannedTemperatureC));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetCardiacIndex() {
		return targetCardiacIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetCardiacIndex(double newTargetCardiacIndex) {
		double oldTargetCardiacIndex = targetCardiacIndex;
		targetCardiacIndex = newTargetCardiacIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CLINICAL_CASE__TARGET_CARDIAC_INDEX, oldTargetCardiacIndex, targetCardiacIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExpectedBypassMinutes() {
		return expectedBypassMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedBypassMinutes(Integer newExpectedBypassMinutes) {
		Integer oldExpectedBypassMinutes = expectedBypassMinutes;
		expectedBypassMinutes = newExpectedBypassMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES, oldExpectedBypassMinutes, expectedBypassMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CLINICAL_CASE__PROCEDURE:
				return getProcedure();
			case CircuitPackage.CLINICAL_CASE__PLANNED_TEMPERATURE_C:
				return getPlannedTemperatureC();
			case CircuitPackage.CLINICAL_CASE__TARGET_CARDIAC_INDEX:
				return getTargetCardiacIndex();
			case CircuitPackage.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES:
				return getExpectedBypassMinutes();
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
			case CircuitPackage.CLINICAL_CASE__PROCEDURE:
				setProcedure((String)newValue);
				return;
			case CircuitPackage.CLINICAL_CASE__PLANNED_TEMPERATURE_C:
				setPlannedTemperatureC((Double)newValue);
				return;
			case CircuitPackage.CLINICAL_CASE__TARGET_CARDIAC_INDEX:
				setTargetCardiacIndex((Double)newValue);
				return;
			case CircuitPackage.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES:
				setExpectedBypassMinutes((Integer)newValue);
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
			case CircuitPackage.CLINICAL_CASE__PROCEDURE:
				setProcedure(PROCEDURE_EDEFAULT);
				return;
			case CircuitPackage.CLINICAL_CASE__PLANNED_TEMPERATURE_C:
				setPlannedTemperatureC(PLANNED_TEMPERATURE_C_EDEFAULT);
				return;
			case CircuitPackage.CLINICAL_CASE__TARGET_CARDIAC_INDEX:
				setTargetCardiacIndex(TARGET_CARDIAC_INDEX_EDEFAULT);
				return;
			case CircuitPackage.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES:
				setExpectedBypassMinutes(EXPECTED_BYPASS_MINUTES_EDEFAULT);
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
			case CircuitPackage.CLINICAL_CASE__PROCEDURE:
				return PROCEDURE_EDEFAULT == null ? procedure != null : !PROCEDURE_EDEFAULT.equals(procedure);
			case CircuitPackage.CLINICAL_CASE__PLANNED_TEMPERATURE_C:
				return PLANNED_TEMPERATURE_C_EDEFAULT == null ? plannedTemperatureC != null : !PLANNED_TEMPERATURE_C_EDEFAULT.equals(plannedTemperatureC);
			case CircuitPackage.CLINICAL_CASE__TARGET_CARDIAC_INDEX:
				return targetCardiacIndex != TARGET_CARDIAC_INDEX_EDEFAULT;
			case CircuitPackage.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES:
				return EXPECTED_BYPASS_MINUTES_EDEFAULT == null ? expectedBypassMinutes != null : !EXPECTED_BYPASS_MINUTES_EDEFAULT.equals(expectedBypassMinutes);
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
		result.append(" (procedure: ");
		result.append(procedure);
		result.append(", plannedTemperatureC: ");
		result.append(plannedTemperatureC);
		result.append(", targetCardiacIndex: ");
		result.append(targetCardiacIndex);
		result.append(", expectedBypassMinutes: ");
		result.append(expectedBypassMinutes);
		result.append(')');
		return result.toString();
	}

} //ClinicalCaseImpl
