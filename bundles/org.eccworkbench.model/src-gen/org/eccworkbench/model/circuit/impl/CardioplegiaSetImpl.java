/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CardioplegiaProtocol;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CircuitPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cardioplegia Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl#getBloodToCrystalloidRatio <em>Blood To Crystalloid Ratio</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CardioplegiaSetImpl#isHeatExchanger <em>Heat Exchanger</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CardioplegiaSetImpl extends ComponentImpl implements CardioplegiaSet {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final CardioplegiaProtocol PROTOCOL_EDEFAULT = CardioplegiaProtocol.DEL_NIDO;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected CardioplegiaProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBloodToCrystalloidRatio() <em>Blood To Crystalloid Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBloodToCrystalloidRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double BLOOD_TO_CRYSTALLOID_RATIO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBloodToCrystalloidRatio() <em>Blood To Crystalloid Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBloodToCrystalloidRatio()
	 * @generated
	 * @ordered
	 */
	protected double bloodToCrystalloidRatio = BLOOD_TO_CRYSTALLOID_RATIO_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CardioplegiaSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CARDIOPLEGIA_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CardioplegiaProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(CardioplegiaProtocol newProtocol) {
		CardioplegiaProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CARDIOPLEGIA_SET__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBloodToCrystalloidRatio() {
		return bloodToCrystalloidRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBloodToCrystalloidRatio(double newBloodToCrystalloidRatio) {
		double oldBloodToCrystalloidRatio = bloodToCrystalloidRatio;
		bloodToCrystalloidRatio = newBloodToCrystalloidRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO, oldBloodToCrystalloidRatio, bloodToCrystalloidRatio));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CARDIOPLEGIA_SET__HEAT_EXCHANGER, oldHeatExchanger, heatExchanger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean deliveryComplete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.cardioplegiaDelivery(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CARDIOPLEGIA_SET__PROTOCOL:
				return getProtocol();
			case CircuitPackage.CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO:
				return getBloodToCrystalloidRatio();
			case CircuitPackage.CARDIOPLEGIA_SET__HEAT_EXCHANGER:
				return isHeatExchanger();
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
			case CircuitPackage.CARDIOPLEGIA_SET__PROTOCOL:
				setProtocol((CardioplegiaProtocol)newValue);
				return;
			case CircuitPackage.CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO:
				setBloodToCrystalloidRatio((Double)newValue);
				return;
			case CircuitPackage.CARDIOPLEGIA_SET__HEAT_EXCHANGER:
				setHeatExchanger((Boolean)newValue);
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
			case CircuitPackage.CARDIOPLEGIA_SET__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case CircuitPackage.CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO:
				setBloodToCrystalloidRatio(BLOOD_TO_CRYSTALLOID_RATIO_EDEFAULT);
				return;
			case CircuitPackage.CARDIOPLEGIA_SET__HEAT_EXCHANGER:
				setHeatExchanger(HEAT_EXCHANGER_EDEFAULT);
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
			case CircuitPackage.CARDIOPLEGIA_SET__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case CircuitPackage.CARDIOPLEGIA_SET__BLOOD_TO_CRYSTALLOID_RATIO:
				return bloodToCrystalloidRatio != BLOOD_TO_CRYSTALLOID_RATIO_EDEFAULT;
			case CircuitPackage.CARDIOPLEGIA_SET__HEAT_EXCHANGER:
				return heatExchanger != HEAT_EXCHANGER_EDEFAULT;
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
			case CircuitPackage.CARDIOPLEGIA_SET___DELIVERY_COMPLETE__DIAGNOSTICCHAIN_MAP:
				return deliveryComplete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", bloodToCrystalloidRatio: ");
		result.append(bloodToCrystalloidRatio);
		result.append(", heatExchanger: ");
		result.append(heatExchanger);
		result.append(')');
		return result.toString();
	}

} //CardioplegiaSetImpl
