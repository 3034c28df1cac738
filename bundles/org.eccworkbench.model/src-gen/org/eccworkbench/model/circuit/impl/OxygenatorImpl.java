/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Oxygenator;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Oxygenator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.OxygenatorImpl#getRatedFlowLMin <em>Rated Flow LMin</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.OxygenatorImpl#isHeatExchanger <em>Heat Exchanger</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.OxygenatorImpl#isIntegratedArterialFilter <em>Integrated Arterial Filter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OxygenatorImpl extends ComponentImpl implements Oxygenator {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getRatedFlowLMin() <em>Rated Flow LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedFlowLMin()
	 * @generated
	 * @ordered
	 */
	protected static final Double RATED_FLOW_LMIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRatedFlowLMin() <em>Rated Flow LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatedFlowLMin()
	 * @generated
	 * @ordered
	 */
	protected Double ratedFlowLMin = RATED_FLOW_LMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isHeatExchanger() <em>Heat Exchanger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeatExchanger()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HEAT_EXCHANGER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHeatExchanger() <em>Heat Exchanger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeatExchanger()
	 * @generated
	 * @ordered
	 */
	protected boolean heatExchanger = HEAT_EXCHANGER_EDEFAULT;

	/**
	 * The default value of the '{@link #isIntegratedArterialFilter() <em>Integrated Arterial Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIntegratedArterialFilter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTEGRATED_ARTERIAL_FILTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIntegratedArterialFilter() <em>Integrated Arterial Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIntegratedArterialFilter()
	 * @generated
	 * @ordered
	 */
	protected boolean integratedArterialFilter = INTEGRATED_ARTERIAL_FILTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OxygenatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.OXYGENATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRatedFlowLMin() {
		return ratedFlowLMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatedFlowLMin(Double newRatedFlowLMin) {
		Double oldRatedFlowLMin = ratedFlowLMin;
		ratedFlowLMin = newRatedFlowLMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.OXYGENATOR__RATED_FLOW_LMIN, oldRatedFlowLMin, ratedFlowLMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeatExchanger() {
		return heatExchanger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeatExchanger(boolean newHeatExchanger) {
		boolean oldHeatExchanger = heatExchanger;
		heatExchanger = newHeatExchanger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.OXYGENATOR__HEAT_EXCHANGER, oldHeatExchanger, heatExchanger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIntegratedArterialFilter() {
		return integratedArterialFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegratedArterialFilter(boolean newIntegratedArterialFilter) {
		boolean oldIntegratedArterialFilter = integratedArterialFilter;
		integratedArterialFilter = newIntegratedArterialFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.OXYGENATOR__INTEGRATED_ARTERIAL_FILTER, oldIntegratedArterialFilter, integratedArterialFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean gasSupply(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.gasSupply(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean heatExchangerWater(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.heatExchangerWater(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean ratedForTargetFlow(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.FlowRules.oxygenatorRatedFlow(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.OXYGENATOR__RATED_FLOW_LMIN:
				return getRatedFlowLMin();
			case CircuitPackage.OXYGENATOR__HEAT_EXCHANGER:
				return isHeatExchanger();
			case CircuitPackage.OXYGENATOR__INTEGRATED_ARTERIAL_FILTER:
				return isIntegratedArterialFilter();
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
			case CircuitPackage.OXYGENATOR__RATED_FLOW_LMIN:
				setRatedFlowLMin((Double)newValue);
				return;
			case CircuitPackage.OXYGENATOR__HEAT_EXCHANGER:
				setHeatExchanger((Boolean)newValue);
				return;
			case CircuitPackage.OXYGENATOR__INTEGRATED_ARTERIAL_FILTER:
				setIntegratedArterialFilter((Boolean)newValue);
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
			case CircuitPackage.OXYGENATOR__RATED_FLOW_LMIN:
				setRatedFlowLMin(RATED_FLOW_LMIN_EDEFAULT);
				return;
			case CircuitPackage.OXYGENATOR__HEAT_EXCHANGER:
				setHeatExchanger(HEAT_EXCHANGER_EDEFAULT);
				return;
			case CircuitPackage.OXYGENATOR__INTEGRATED_ARTERIAL_FILTER:
				setIntegratedArterialFilter(INTEGRATED_ARTERIAL_FILTER_EDEFAULT);
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
			case CircuitPackage.OXYGENATOR__RATED_FLOW_LMIN:
				return RATED_FLOW_LMIN_EDEFAULT == null ? ratedFlowLMin != null : !RATED_FLOW_LMIN_EDEFAULT.equals(ratedFlowLMin);
			case CircuitPackage.OXYGENATOR__HEAT_EXCHANGER:
				return heatExchanger != HEAT_EXCHANGER_EDEFAULT;
			case CircuitPackage.OXYGENATOR__INTEGRATED_ARTERIAL_FILTER:
				return integratedArterialFilter != INTEGRATED_ARTERIAL_FILTER_EDEFAULT;
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
			case CircuitPackage.OXYGENATOR___GAS_SUPPLY__DIAGNOSTICCHAIN_MAP:
				return gasSupply((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.OXYGENATOR___HEAT_EXCHANGER_WATER__DIAGNOSTICCHAIN_MAP:
				return heatExchangerWater((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.OXYGENATOR___RATED_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP:
				return ratedForTargetFlow((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (ratedFlowLMin: ");
		result.append(ratedFlowLMin);
		result.append(", heatExchanger: ");
		result.append(heatExchanger);
		result.append(", integratedArterialFilter: ");
		result.append(integratedArterialFilter);
		result.append(')');
		return result.toString();
	}

} //OxygenatorImpl
