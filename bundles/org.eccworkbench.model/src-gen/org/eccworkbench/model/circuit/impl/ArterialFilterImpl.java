/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.CircuitPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arterial Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ArterialFilterImpl#getPoreSizeUm <em>Pore Size Um</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArterialFilterImpl extends ComponentImpl implements ArterialFilter {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getPoreSizeUm() <em>Pore Size Um</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoreSizeUm()
	 * @generated
	 * @ordered
	 */
	protected static final Double PORE_SIZE_UM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoreSizeUm() <em>Pore Size Um</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoreSizeUm()
	 * @generated
	 * @ordered
	 */
	protected Double poreSizeUm = PORE_SIZE_UM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArterialFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.ARTERIAL_FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPoreSizeUm() {
		return poreSizeUm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoreSizeUm(Double newPoreSizeUm) {
		Double oldPoreSizeUm = poreSizeUm;
		poreSizeUm = newPoreSizeUm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.ARTERIAL_FILTER__PORE_SIZE_UM, oldPoreSizeUm, poreSizeUm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.ARTERIAL_FILTER__PORE_SIZE_UM:
				return getPoreSizeUm();
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
			case CircuitPackage.ARTERIAL_FILTER__PORE_SIZE_UM:
				setPoreSizeUm((Double)newValue);
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
			case CircuitPackage.ARTERIAL_FILTER__PORE_SIZE_UM:
				setPoreSizeUm(PORE_SIZE_UM_EDEFAULT);
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
			case CircuitPackage.ARTERIAL_FILTER__PORE_SIZE_UM:
				return PORE_SIZE_UM_EDEFAULT == null ? poreSizeUm != null : !PORE_SIZE_UM_EDEFAULT.equals(poreSizeUm);
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
		result.append(" (poreSizeUm: ");
		result.append(poreSizeUm);
		result.append(')');
		return result.toString();
	}

} //ArterialFilterImpl
