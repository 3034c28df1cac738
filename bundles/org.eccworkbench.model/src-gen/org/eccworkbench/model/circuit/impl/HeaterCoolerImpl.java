/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.HeaterCooler;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Heater Cooler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.HeaterCoolerImpl#getWaterTemperatureC <em>Water Temperature C</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HeaterCoolerImpl extends ComponentImpl implements HeaterCooler {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getWaterTemperatureC() <em>Water Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterTemperatureC()
	 * @generated
	 * @ordered
	 */
	protected static final double WATER_TEMPERATURE_C_EDEFAULT = 37.0;

	/**
	 * The cached value of the '{@link #getWaterTemperatureC() <em>Water Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaterTemperatureC()
	 * @generated
	 * @ordered
	 */
	protected double waterTemperatureC = WATER_TEMPERATURE_C_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HeaterCoolerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.HEATER_COOLER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWaterTemperatureC() {
		return waterTemperatureC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaterTemperatureC(double newWaterTemperatureC) {
		double oldWaterTemperatureC = waterTemperatureC;
		waterTemperatureC = newWaterTemperatureC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.HEATER_COOLER__WATER_TEMPERATURE_C, oldWaterTemperatureC, waterTemperatureC));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean waterTemperatureLimit(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.waterTemperatureLimit(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.HEATER_COOLER__WATER_TEMPERATURE_C:
				return getWaterTemperatureC();
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
			case CircuitPackage.HEATER_COOLER__WATER_TEMPERATURE_C:
				setWaterTemperatureC((Double)newValue);
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
			case CircuitPackage.HEATER_COOLER__WATER_TEMPERATURE_C:
				setWaterTemperatureC(WATER_TEMPERATURE_C_EDEFAULT);
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
			case CircuitPackage.HEATER_COOLER__WATER_TEMPERATURE_C:
				return waterTemperatureC != WATER_TEMPERATURE_C_EDEFAULT;
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
			case CircuitPackage.HEATER_COOLER___WATER_TEMPERATURE_LIMIT__DIAGNOSTICCHAIN_MAP:
				return waterTemperatureLimit((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (waterTemperatureC: ");
		result.append(waterTemperatureC);
		result.append(')');
		return result.toString();
	}

} //HeaterCoolerImpl
