/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.CircuitPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Centrifugal Pump</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CentrifugalPumpImpl#getMaxRpm <em>Max Rpm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CentrifugalPumpImpl extends PumpImpl implements CentrifugalPump {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getMaxRpm() <em>Max Rpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRpm()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_RPM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxRpm() <em>Max Rpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRpm()
	 * @generated
	 * @ordered
	 */
	protected Integer maxRpm = MAX_RPM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CentrifugalPumpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CENTRIFUGAL_PUMP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxRpm() {
		return maxRpm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRpm(Integer newMaxRpm) {
		Integer oldMaxRpm = maxRpm;
		maxRpm = newMaxRpm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CENTRIFUGAL_PUMP__MAX_RPM, oldMaxRpm, maxRpm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean flowProbe(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.PumpRules.flowProbe(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean backflowProtection(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.PumpRules.backflowProtection(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CENTRIFUGAL_PUMP__MAX_RPM:
				return getMaxRpm();
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
			case CircuitPackage.CENTRIFUGAL_PUMP__MAX_RPM:
				setMaxRpm((Integer)newValue);
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
			case CircuitPackage.CENTRIFUGAL_PUMP__MAX_RPM:
				setMaxRpm(MAX_RPM_EDEFAULT);
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
			case CircuitPackage.CENTRIFUGAL_PUMP__MAX_RPM:
				return MAX_RPM_EDEFAULT == null ? maxRpm != null : !MAX_RPM_EDEFAULT.equals(maxRpm);
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
			case CircuitPackage.CENTRIFUGAL_PUMP___FLOW_PROBE__DIAGNOSTICCHAIN_MAP:
				return flowProbe((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CENTRIFUGAL_PUMP___BACKFLOW_PROTECTION__DIAGNOSTICCHAIN_MAP:
				return backflowProtection((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (maxRpm: ");
		result.append(maxRpm);
		result.append(')');
		return result.toString();
	}

} //CentrifugalPumpImpl
