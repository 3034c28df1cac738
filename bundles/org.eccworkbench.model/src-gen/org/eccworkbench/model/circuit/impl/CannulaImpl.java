/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CircuitPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cannula</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CannulaImpl#getCannulaKind <em>Cannula Kind</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CannulaImpl#getSizeFr <em>Size Fr</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CannulaImpl#getSite <em>Site</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CannulaImpl extends ComponentImpl implements Cannula {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getCannulaKind() <em>Cannula Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCannulaKind()
	 * @generated
	 * @ordered
	 */
	protected static final CannulaKind CANNULA_KIND_EDEFAULT = CannulaKind.AORTIC;

	/**
	 * The cached value of the '{@link #getCannulaKind() <em>Cannula Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCannulaKind()
	 * @generated
	 * @ordered
	 */
	protected CannulaKind cannulaKind = CANNULA_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeFr() <em>Size Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeFr()
	 * @generated
	 * @ordered
	 */
	protected static final double SIZE_FR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSizeFr() <em>Size Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeFr()
	 * @generated
	 * @ordered
	 */
	protected double sizeFr = SIZE_FR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CannulaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CANNULA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CannulaKind getCannulaKind() {
		return cannulaKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCannulaKind(CannulaKind newCannulaKind) {
		CannulaKind oldCannulaKind = cannulaKind;
		cannulaKind = newCannulaKind == null ? CANNULA_KIND_EDEFAULT : newCannulaKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CANNULA__CANNULA_KIND, oldCannulaKind, cannulaKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSizeFr() {
		return sizeFr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeFr(double newSizeFr) {
		double oldSizeFr = sizeFr;
		sizeFr = newSizeFr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CANNULA__SIZE_FR, oldSizeFr, sizeFr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CANNULA__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean flowForTargetFlow(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.FlowRules.cannulaFlow(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CANNULA__CANNULA_KIND:
				return getCannulaKind();
			case CircuitPackage.CANNULA__SIZE_FR:
				return getSizeFr();
			case CircuitPackage.CANNULA__SITE:
				return getSite();
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
			case CircuitPackage.CANNULA__CANNULA_KIND:
				setCannulaKind((CannulaKind)newValue);
				return;
			case CircuitPackage.CANNULA__SIZE_FR:
				setSizeFr((Double)newValue);
				return;
			case CircuitPackage.CANNULA__SITE:
				setSite((String)newValue);
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
			case CircuitPackage.CANNULA__CANNULA_KIND:
				setCannulaKind(CANNULA_KIND_EDEFAULT);
				return;
			case CircuitPackage.CANNULA__SIZE_FR:
				setSizeFr(SIZE_FR_EDEFAULT);
				return;
			case CircuitPackage.CANNULA__SITE:
				setSite(SITE_EDEFAULT);
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
			case CircuitPackage.CANNULA__CANNULA_KIND:
				return cannulaKind != CANNULA_KIND_EDEFAULT;
			case CircuitPackage.CANNULA__SIZE_FR:
				return sizeFr != SIZE_FR_EDEFAULT;
			case CircuitPackage.CANNULA__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
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
			case CircuitPackage.CANNULA___FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP:
				return flowForTargetFlow((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (cannulaKind: ");
		result.append(cannulaKind);
		result.append(", sizeFr: ");
		result.append(sizeFr);
		result.append(", site: ");
		result.append(site);
		result.append(')');
		return result.toString();
	}

} //CannulaImpl
