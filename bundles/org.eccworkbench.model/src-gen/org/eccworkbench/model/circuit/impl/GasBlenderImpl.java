/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.GasBlender;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gas Blender</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.GasBlenderImpl#getFio2Percent <em>Fio2 Percent</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.GasBlenderImpl#getSweepLMin <em>Sweep LMin</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GasBlenderImpl extends ComponentImpl implements GasBlender {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getFio2Percent() <em>Fio2 Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFio2Percent()
	 * @generated
	 * @ordered
	 */
	protected static final double FIO2_PERCENT_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getFio2Percent() <em>Fio2 Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFio2Percent()
	 * @generated
	 * @ordered
	 */
	protected double fio2Percent = FIO2_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSweepLMin() <em>Sweep LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepLMin()
	 * @generated
	 * @ordered
	 */
	protected static final double SWEEP_LMIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSweepLMin() <em>Sweep LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepLMin()
	 * @generated
	 * @ordered
	 */
	protected double sweepLMin = SWEEP_LMIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GasBlenderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.GAS_BLENDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFio2Percent() {
		return fio2Percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFio2Percent(double newFio2Percent) {
		double oldFio2Percent = fio2Percent;
		fio2Percent = newFio2Percent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.GAS_BLENDER__FIO2_PERCENT, oldFio2Percent, fio2Percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSweepLMin() {
		return sweepLMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSweepLMin(double newSweepLMin) {
		double oldSweepLMin = sweepLMin;
		sweepLMin = newSweepLMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.GAS_BLENDER__SWEEP_LMIN, oldSweepLMin, sweepLMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean minimumSweep(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.minimumSweep(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.GAS_BLENDER__FIO2_PERCENT:
				return getFio2Percent();
			case CircuitPackage.GAS_BLENDER__SWEEP_LMIN:
				return getSweepLMin();
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
			case CircuitPackage.GAS_BLENDER__FIO2_PERCENT:
				setFio2Percent((Double)newValue);
				return;
			case CircuitPackage.GAS_BLENDER__SWEEP_LMIN:
				setSweepLMin((Double)newValue);
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
			case CircuitPackage.GAS_BLENDER__FIO2_PERCENT:
				setFio2Percent(FIO2_PERCENT_EDEFAULT);
				return;
			case CircuitPackage.GAS_BLENDER__SWEEP_LMIN:
				setSweepLMin(SWEEP_LMIN_EDEFAULT);
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
			case CircuitPackage.GAS_BLENDER__FIO2_PERCENT:
				return fio2Percent != FIO2_PERCENT_EDEFAULT;
			case CircuitPackage.GAS_BLENDER__SWEEP_LMIN:
				return sweepLMin != SWEEP_LMIN_EDEFAULT;
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
			case CircuitPackage.GAS_BLENDER___MINIMUM_SWEEP__DIAGNOSTICCHAIN_MAP:
				return minimumSweep((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (fio2Percent: ");
		result.append(fio2Percent);
		result.append(", sweepLMin: ");
		result.append(sweepLMin);
		result.append(')');
		return result.toString();
	}

} //GasBlenderImpl
