/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.ReservoirType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reservoir</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ReservoirImpl#getReservoirType <em>Reservoir Type</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ReservoirImpl#getCapacityMl <em>Capacity Ml</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ReservoirImpl#getMinimumLevelMl <em>Minimum Level Ml</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ReservoirImpl#isVacuumAssisted <em>Vacuum Assisted</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ReservoirImpl#isCardiotomyFilter <em>Cardiotomy Filter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReservoirImpl extends ComponentImpl implements Reservoir {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getReservoirType() <em>Reservoir Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservoirType()
	 * @generated
	 * @ordered
	 */
	protected static final ReservoirType RESERVOIR_TYPE_EDEFAULT = ReservoirType.HARDSHELL;

	/**
	 * The cached value of the '{@link #getReservoirType() <em>Reservoir Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservoirType()
	 * @generated
	 * @ordered
	 */
	protected ReservoirType reservoirType = RESERVOIR_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityMl() <em>Capacity Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMl()
	 * @generated
	 * @ordered
	 */
	protected static final Double CAPACITY_ML_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacityMl() <em>Capacity Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMl()
	 * @generated
	 * @ordered
	 */
	protected Double capacityMl = CAPACITY_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumLevelMl() <em>Minimum Level Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLevelMl()
	 * @generated
	 * @ordered
	 */
	protected static final Double MINIMUM_LEVEL_ML_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumLevelMl() <em>Minimum Level Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumLevelMl()
	 * @generated
	 * @ordered
	 */
	protected Double minimumLevelMl = MINIMUM_LEVEL_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #isVacuumAssisted() <em>Vacuum Assisted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVacuumAssisted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VACUUM_ASSISTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVacuumAssisted() <em>Vacuum Assisted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVacuumAssisted()
	 * @generated
	 * @ordered
	 */
	protected boolean vacuumAssisted = VACUUM_ASSISTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isCardiotomyFilter() <em>Cardiotomy Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCardiotomyFilter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CARDIOTOMY_FILTER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCardiotomyFilter() <em>Cardiotomy Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCardiotomyFilter()
	 * @generated
	 * @ordered
	 */
	protected boolean cardiotomyFilter = CARDIOTOMY_FILTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReservoirImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.RESERVOIR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReservoirType getReservoirType() {
		return reservoirType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReservoirType(ReservoirType newReservoirType) {
		ReservoirType oldReservoirType = reservoirType;
		reservoirType = newReservoirType == null ? RESERVOIR_TYPE_EDEFAULT : newReservoirType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.RESERVOIR__RESERVOIR_TYPE, oldReservoirType, reservoirType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCapacityMl() {
		return capacityMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityMl(Double newCapacityMl) {
		Double oldCapacityMl = capacityMl;
		capacityMl = newCapacityMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.RESERVOIR__CAPACITY_ML, oldCapacityMl, capacityMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMinimumLevelMl() {
		return minimumLevelMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumLevelMl(Double newMinimumLevelMl) {
		Double oldMinimumLevelMl = minimumLevelMl;
		minimumLevelMl = newMinimumLevelMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.RESERVOIR__MINIMUM_LEVEL_ML, oldMinimumLevelMl, minimumLevelMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVacuumAssisted() {
		return vacuumAssisted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVacuumAssisted(boolean newVacuumAssisted) {
		boolean oldVacuumAssisted = vacuumAssisted;
		vacuumAssisted = newVacuumAssisted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.RESERVOIR__VACUUM_ASSISTED, oldVacuumAssisted, vacuumAssisted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCardiotomyFilter() {
		return cardiotomyFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCardiotomyFilter(boolean newCardiotomyFilter) {
		boolean oldCardiotomyFilter = cardiotomyFilter;
		cardiotomyFilter = newCardiotomyFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.RESERVOIR__CARDIOTOMY_FILTER, oldCardiotomyFilter, cardiotomyFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean minimumLevelKnown(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ComponentRules.reservoirMinimumLevel(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.RESERVOIR__RESERVOIR_TYPE:
				return getReservoirType();
			case CircuitPackage.RESERVOIR__CAPACITY_ML:
				return getCapacityMl();
			case CircuitPackage.RESERVOIR__MINIMUM_LEVEL_ML:
				return getMinimumLevelMl();
			case CircuitPackage.RESERVOIR__VACUUM_ASSISTED:
				return isVacuumAssisted();
			case CircuitPackage.RESERVOIR__CARDIOTOMY_FILTER:
				return isCardiotomyFilter();
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
			case CircuitPackage.RESERVOIR__RESERVOIR_TYPE:
				setReservoirType((ReservoirType)newValue);
				return;
			case CircuitPackage.RESERVOIR__CAPACITY_ML:
				setCapacityMl((Double)newValue);
				return;
			case CircuitPackage.RESERVOIR__MINIMUM_LEVEL_ML:
				setMinimumLevelMl((Double)newValue);
				return;
			case CircuitPackage.RESERVOIR__VACUUM_ASSISTED:
				setVacuumAssisted((Boolean)newValue);
				return;
			case CircuitPackage.RESERVOIR__CARDIOTOMY_FILTER:
				setCardiotomyFilter((Boolean)newValue);
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
			case CircuitPackage.RESERVOIR__RESERVOIR_TYPE:
				setReservoirType(RESERVOIR_TYPE_EDEFAULT);
				return;
			case CircuitPackage.RESERVOIR__CAPACITY_ML:
				setCapacityMl(CAPACITY_ML_EDEFAULT);
				return;
			case CircuitPackage.RESERVOIR__MINIMUM_LEVEL_ML:
				setMinimumLevelMl(MINIMUM_LEVEL_ML_EDEFAULT);
				return;
			case CircuitPackage.RESERVOIR__VACUUM_ASSISTED:
				setVacuumAssisted(VACUUM_ASSISTED_EDEFAULT);
				return;
			case CircuitPackage.RESERVOIR__CARDIOTOMY_FILTER:
				setCardiotomyFilter(CARDIOTOMY_FILTER_EDEFAULT);
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
			case CircuitPackage.RESERVOIR__RESERVOIR_TYPE:
				return reservoirType != RESERVOIR_TYPE_EDEFAULT;
			case CircuitPackage.RESERVOIR__CAPACITY_ML:
				return CAPACITY_ML_EDEFAULT == null ? capacityMl != null : !CAPACITY_ML_EDEFAULT.equals(capacityMl);
			case CircuitPackage.RESERVOIR__MINIMUM_LEVEL_ML:
				return MINIMUM_LEVEL_ML_EDEFAULT == null ? minimumLevelMl != null : !MINIMUM_LEVEL_ML_EDEFAULT.equals(minimumLevelMl);
			case CircuitPackage.RESERVOIR__VACUUM_ASSISTED:
				return vacuumAssisted != VACUUM_ASSISTED_EDEFAULT;
			case CircuitPackage.RESERVOIR__CARDIOTOMY_FILTER:
				return cardiotomyFilter != CARDIOTOMY_FILTER_EDEFAULT;
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
			case CircuitPackage.RESERVOIR___MINIMUM_LEVEL_KNOWN__DIAGNOSTICCHAIN_MAP:
				return minimumLevelKnown((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (reservoirType: ");
		result.append(reservoirType);
		result.append(", capacityMl: ");
		result.append(capacityMl);
		result.append(", minimumLevelMl: ");
		result.append(minimumLevelMl);
		result.append(", vacuumAssisted: ");
		result.append(vacuumAssisted);
		result.append(", cardiotomyFilter: ");
		result.append(cardiotomyFilter);
		result.append(')');
		return result.toString();
	}

} //ReservoirImpl
