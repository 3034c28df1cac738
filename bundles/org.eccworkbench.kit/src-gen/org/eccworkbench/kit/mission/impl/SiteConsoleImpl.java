/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.SiteConsole;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site Console</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.SiteConsoleImpl#getConsoleModel <em>Console Model</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.SiteConsoleImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.SiteConsoleImpl#isHandCrank <em>Hand Crank</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteConsoleImpl extends EObjectImpl implements SiteConsole {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getConsoleModel() <em>Console Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoleModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSOLE_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsoleModel() <em>Console Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoleModel()
	 * @generated
	 * @ordered
	 */
	protected String consoleModel = CONSOLE_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHandCrank() <em>Hand Crank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandCrank()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAND_CRANK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHandCrank() <em>Hand Crank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHandCrank()
	 * @generated
	 * @ordered
	 */
	protected boolean handCrank = HAND_CRANK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteConsoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.SITE_CONSOLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsoleModel() {
		return consoleModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsoleModel(String newConsoleModel) {
		String oldConsoleModel = consoleModel;
		consoleModel = newConsoleModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.SITE_CONSOLE__CONSOLE_MODEL, oldConsoleModel, consoleModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.SITE_CONSOLE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHandCrank() {
		return handCrank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandCrank(boolean newHandCrank) {
		boolean oldHandCrank = handCrank;
		handCrank = newHandCrank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.SITE_CONSOLE__HAND_CRANK, oldHandCrank, handCrank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.SITE_CONSOLE__CONSOLE_MODEL:
				return getConsoleModel();
			case MissionPackage.SITE_CONSOLE__COUNT:
				return getCount();
			case MissionPackage.SITE_CONSOLE__HAND_CRANK:
				return isHandCrank();
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
			case MissionPackage.SITE_CONSOLE__CONSOLE_MODEL:
				setConsoleModel((String)newValue);
				return;
			case MissionPackage.SITE_CONSOLE__COUNT:
				setCount((Integer)newValue);
				return;
			case MissionPackage.SITE_CONSOLE__HAND_CRANK:
				setHandCrank((Boolean)newValue);
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
			case MissionPackage.SITE_CONSOLE__CONSOLE_MODEL:
				setConsoleModel(CONSOLE_MODEL_EDEFAULT);
				return;
			case MissionPackage.SITE_CONSOLE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case MissionPackage.SITE_CONSOLE__HAND_CRANK:
				setHandCrank(HAND_CRANK_EDEFAULT);
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
			case MissionPackage.SITE_CONSOLE__CONSOLE_MODEL:
				return CONSOLE_MODEL_EDEFAULT == null ? consoleModel != null : !CONSOLE_MODEL_EDEFAULT.equals(consoleModel);
			case MissionPackage.SITE_CONSOLE__COUNT:
				return count != COUNT_EDEFAULT;
			case MissionPackage.SITE_CONSOLE__HAND_CRANK:
				return handCrank != HAND_CRANK_EDEFAULT;
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
		result.append(" (consoleModel: ");
		result.append(consoleModel);
		result.append(", count: ");
		result.append(count);
		result.append(", handCrank: ");
		result.append(handCrank);
		result.append(')');
		return result.toString();
	}

} //SiteConsoleImpl
