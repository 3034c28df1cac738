/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.RollerPump;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roller Pump</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.RollerPumpImpl#getBootInternalDiameterInch <em>Boot Internal Diameter Inch</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.RollerPumpImpl#getStrokeVolumeMlPerRev <em>Stroke Volume Ml Per Rev</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.RollerPumpImpl#getOcclusion <em>Occlusion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RollerPumpImpl extends PumpImpl implements RollerPump {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getBootInternalDiameterInch() <em>Boot Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootInternalDiameterInch()
	 * @generated
	 * @ordered
	 */
	protected static final double BOOT_INTERNAL_DIAMETER_INCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBootInternalDiameterInch() <em>Boot Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootInternalDiameterInch()
	 * @generated
	 * @ordered
	 */
	protected double bootInternalDiameterInch = BOOT_INTERNAL_DIAMETER_INCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrokeVolumeMlPerRev() <em>Stroke Volume Ml Per Rev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrokeVolumeMlPerRev()
	 * @generated
	 * @ordered
	 */
	protected static final Double STROKE_VOLUME_ML_PER_REV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrokeVolumeMlPerRev() <em>Stroke Volume Ml Per Rev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrokeVolumeMlPerRev()
	 * @generated
	 * @ordered
	 */
	protected Double strokeVolumeMlPerRev = STROKE_VOLUME_ML_PER_REV_EDEFAULT;

	/**
	 * The default value of the '{@link #getOcclusion() <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcclusion()
	 * @generated
	 * @ordered
	 */
	protected static final double OCCLUSION_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getOcclusion() <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcclusion()
	 * @generated
	 * @ordered
	 */
	protected double occlusion = OCCLUSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RollerPumpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.ROLLER_PUMP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBootInternalDiameterInch() {
		return bootInternalDiameterInch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootInternalDiameterInch(double newBootInternalDiameterInch) {
		double oldBootInternalDiameterInch = bootInternalDiameterInch;
		bootInternalDiameterInch = newBootInternalDiameterInch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH, oldBootInternalDiameterInch, bootInternalDiameterInch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStrokeVolumeMlPerRev() {
		return strokeVolumeMlPerRev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrokeVolumeMlPerRev(Double newStrokeVolumeMlPerRev) {
		Double oldStrokeVolumeMlPerRev = strokeVolumeMlPerRev;
		strokeVolumeMlPerRev = newStrokeVolumeMlPerRev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV, oldStrokeVolumeMlPerRev, strokeVolumeMlPerRev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOcclusion() {
		return occlusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOcclusion(double newOcclusion) {
		double oldOcclusion = occlusion;
		occlusion = newOcclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.ROLLER_PUMP__OCCLUSION, oldOcclusion, occlusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean reservoirLevelDetector(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.PumpRules.reservoirLevelDetector(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean occlusionInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.PumpRules.occlusionInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH:
				return getBootInternalDiameterInch();
			case CircuitPackage.ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV:
				return getStrokeVolumeMlPerRev();
			case CircuitPackage.ROLLER_PUMP__OCCLUSION:
				return getOcclusion();
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
			case CircuitPackage.ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH:
				setBootInternalDiameterInch((Double)newValue);
				return;
			case CircuitPackage.ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV:
				setStrokeVolumeMlPerRev((Double)newValue);
				return;
			case CircuitPackage.ROLLER_PUMP__OCCLUSION:
				setOcclusion((Double)newValue);
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
			case CircuitPackage.ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH:
				setBootInternalDiameterInch(BOOT_INTERNAL_DIAMETER_INCH_EDEFAULT);
				return;
			case CircuitPackage.ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV:
				setStrokeVolumeMlPerRev(STROKE_VOLUME_ML_PER_REV_EDEFAULT);
				return;
			case CircuitPackage.ROLLER_PUMP__OCCLUSION:
				setOcclusion(OCCLUSION_EDEFAULT);
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
			case CircuitPackage.ROLLER_PUMP__BOOT_INTERNAL_DIAMETER_INCH:
				return bootInternalDiameterInch != BOOT_INTERNAL_DIAMETER_INCH_EDEFAULT;
			case CircuitPackage.ROLLER_PUMP__STROKE_VOLUME_ML_PER_REV:
				return STROKE_VOLUME_ML_PER_REV_EDEFAULT == null ? strokeVolumeMlPerRev != null : !STROKE_VOLUME_ML_PER_REV_EDEFAULT.equals(strokeVolumeMlPerRev);
			case CircuitPackage.ROLLER_PUMP__OCCLUSION:
				return occlusion != OCCLUSION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CircuitPackage.ROLLER_PUMP___RESERVOIR_LEVEL_DETECTOR__DIAGNOSTICCHAIN_MAP:
				return reservoirLevelDetector((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.ROLLER_PUMP___OCCLUSION_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return occlusionInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (bootInternalDiameterInch: ");
		result.append(bootInternalDiameterInch);
		result.append(", strokeVolumeMlPerRev: ");
		result.append(strokeVolumeMlPerRev);
		result.append(", occlusion: ");
		result.append(occlusion);
		result.append(')');
		return result.toString();
	}

} //RollerPumpImpl
