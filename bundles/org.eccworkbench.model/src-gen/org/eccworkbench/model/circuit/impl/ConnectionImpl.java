/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.TubeMaterial;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getInternalDiameterInch <em>Internal Diameter Inch</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getLengthM <em>Length M</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.ConnectionImpl#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConnectionImpl extends CircuitElementImpl implements Connection {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Port source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Port target;

	/**
	 * The default value of the '{@link #getInternalDiameterInch() <em>Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalDiameterInch()
	 * @generated
	 * @ordered
	 */
	protected static final double INTERNAL_DIAMETER_INCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInternalDiameterInch() <em>Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalDiameterInch()
	 * @generated
	 * @ordered
	 */
	protected double internalDiameterInch = INTERNAL_DIAMETER_INCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLengthM() <em>Length M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthM()
	 * @generated
	 * @ordered
	 */
	protected static final double LENGTH_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLengthM() <em>Length M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthM()
	 * @generated
	 * @ordered
	 */
	protected double lengthM = LENGTH_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected static final TubeMaterial MATERIAL_EDEFAULT = TubeMaterial.PVC;

	/**
	 * The cached value of the '{@link #getMaterial() <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected TubeMaterial material = MATERIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final LineRole ROLE_EDEFAULT = LineRole.VENOUS;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected LineRole role = ROLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CONNECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Port)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CircuitPackage.CONNECTION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Port newSource) {
		Port oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Port)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CircuitPackage.CONNECTION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Port newTarget) {
		Port oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInternalDiameterInch() {
		return internalDiameterInch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternalDiameterInch(double newInternalDiameterInch) {
		double oldInternalDiameterInch = internalDiameterInch;
		internalDiameterInch = newInternalDiameterInch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__INTERNAL_DIAMETER_INCH, oldInternalDiameterInch, internalDiameterInch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLengthM() {
		return lengthM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengthM(double newLengthM) {
		double oldLengthM = lengthM;
		lengthM = newLengthM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__LENGTH_M, oldLengthM, lengthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TubeMaterial getMaterial() {
		return material;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(TubeMaterial newMaterial) {
		TubeMaterial oldMaterial = material;
		material = newMaterial == null ? MATERIAL_EDEFAULT : newMaterial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__MATERIAL, oldMaterial, material));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(LineRole newRole) {
		LineRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CONNECTION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean portDirection(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ConnectionRules.portDirection(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean portKindsCompatible(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ConnectionRules.portKindsCompatible(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean diameterMatchesPorts(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ConnectionRules.diameterMatchesPorts(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean recirculationLineSize(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.ConnectionRules.recirculationLineSize(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean tubeFlowForTargetFlow(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.FlowRules.tubeFlow(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double primeVolumeMl() {
		return org.eccworkbench.model.internal.Geometry.tubePrimeMl(getInternalDiameterInch(), getLengthM());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CONNECTION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CircuitPackage.CONNECTION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CircuitPackage.CONNECTION__INTERNAL_DIAMETER_INCH:
				return getInternalDiameterInch();
			case CircuitPackage.CONNECTION__LENGTH_M:
				return getLengthM();
			case CircuitPackage.CONNECTION__MATERIAL:
				return getMaterial();
			case CircuitPackage.CONNECTION__ROLE:
				return getRole();
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
			case CircuitPackage.CONNECTION__SOURCE:
				setSource((Port)newValue);
				return;
			case CircuitPackage.CONNECTION__TARGET:
				setTarget((Port)newValue);
				return;
			case CircuitPackage.CONNECTION__INTERNAL_DIAMETER_INCH:
				setInternalDiameterInch((Double)newValue);
				return;
			case CircuitPackage.CONNECTION__LENGTH_M:
				setLengthM((Double)newValue);
				return;
			case CircuitPackage.CONNECTION__MATERIAL:
				setMaterial((TubeMaterial)newValue);
				return;
			case CircuitPackage.CONNECTION__ROLE:
				setRole((LineRole)newValue);
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
			case CircuitPackage.CONNECTION__SOURCE:
				setSource((Port)null);
				return;
			case CircuitPackage.CONNECTION__TARGET:
				setTarget((Port)null);
				return;
			case CircuitPackage.CONNECTION__INTERNAL_DIAMETER_INCH:
				setInternalDiameterInch(INTERNAL_DIAMETER_INCH_EDEFAULT);
				return;
			case CircuitPackage.CONNECTION__LENGTH_M:
				setLengthM(LENGTH_M_EDEFAULT);
				return;
			case CircuitPackage.CONNECTION__MATERIAL:
				setMaterial(MATERIAL_EDEFAULT);
				return;
			case CircuitPackage.CONNECTION__ROLE:
				setRole(ROLE_EDEFAULT);
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
			case CircuitPackage.CONNECTION__SOURCE:
				return source != null;
			case CircuitPackage.CONNECTION__TARGET:
				return target != null;
			case CircuitPackage.CONNECTION__INTERNAL_DIAMETER_INCH:
				return internalDiameterInch != INTERNAL_DIAMETER_INCH_EDEFAULT;
			case CircuitPackage.CONNECTION__LENGTH_M:
				return lengthM != LENGTH_M_EDEFAULT;
			case CircuitPackage.CONNECTION__MATERIAL:
				return material != MATERIAL_EDEFAULT;
			case CircuitPackage.CONNECTION__ROLE:
				return role != ROLE_EDEFAULT;
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
			case CircuitPackage.CONNECTION___PORT_DIRECTION__DIAGNOSTICCHAIN_MAP:
				return portDirection((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CONNECTION___PORT_KINDS_COMPATIBLE__DIAGNOSTICCHAIN_MAP:
				return portKindsCompatible((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CONNECTION___DIAMETER_MATCHES_PORTS__DIAGNOSTICCHAIN_MAP:
				return diameterMatchesPorts((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CONNECTION___RECIRCULATION_LINE_SIZE__DIAGNOSTICCHAIN_MAP:
				return recirculationLineSize((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CONNECTION___TUBE_FLOW_FOR_TARGET_FLOW__DIAGNOSTICCHAIN_MAP:
				return tubeFlowForTargetFlow((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CONNECTION___PRIME_VOLUME_ML:
				return primeVolumeMl();
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
		result.append(" (internalDiameterInch: ");
		result.append(internalDiameterInch);
		result.append(", lengthM: ");
		result.append(lengthM);
		result.append(", material: ");
		result.append(material);
		result.append(", role: ");
		result.append(role);
		result.append(')');
		return result.toString();
	}

} //ConnectionImpl
