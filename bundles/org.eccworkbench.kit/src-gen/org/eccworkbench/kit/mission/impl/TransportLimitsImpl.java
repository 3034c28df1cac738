/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.TransportLimits;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transport Limits</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getMaxPieces <em>Max Pieces</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getMaxKgPerPiece <em>Max Kg Per Piece</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getLengthCm <em>Length Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getWidthCm <em>Width Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.TransportLimitsImpl#getTareKg <em>Tare Kg</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransportLimitsImpl extends EObjectImpl implements TransportLimits {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getMaxPieces() <em>Max Pieces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPieces()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PIECES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxPieces() <em>Max Pieces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPieces()
	 * @generated
	 * @ordered
	 */
	protected int maxPieces = MAX_PIECES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxKgPerPiece() <em>Max Kg Per Piece</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxKgPerPiece()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_KG_PER_PIECE_EDEFAULT = 23.0;

	/**
	 * The cached value of the '{@link #getMaxKgPerPiece() <em>Max Kg Per Piece</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxKgPerPiece()
	 * @generated
	 * @ordered
	 */
	protected double maxKgPerPiece = MAX_KG_PER_PIECE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLengthCm() <em>Length Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthCm()
	 * @generated
	 * @ordered
	 */
	protected static final double LENGTH_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLengthCm() <em>Length Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthCm()
	 * @generated
	 * @ordered
	 */
	protected double lengthCm = LENGTH_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthCm() <em>Width Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthCm()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidthCm() <em>Width Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthCm()
	 * @generated
	 * @ordered
	 */
	protected double widthCm = WIDTH_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected double heightCm = HEIGHT_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTareKg() <em>Tare Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTareKg()
	 * @generated
	 * @ordered
	 */
	protected static final double TARE_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTareKg() <em>Tare Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTareKg()
	 * @generated
	 * @ordered
	 */
	protected double tareKg = TARE_KG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransportLimitsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.TRANSPORT_LIMITS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPieces() {
		return maxPieces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPieces(int newMaxPieces) {
		int oldMaxPieces = maxPieces;
		maxPieces = newMaxPieces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__MAX_PIECES, oldMaxPieces, maxPieces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxKgPerPiece() {
		return maxKgPerPiece;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxKgPerPiece(double newMaxKgPerPiece) {
		double oldMaxKgPerPiece = maxKgPerPiece;
		maxKgPerPiece = newMaxKgPerPiece;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__MAX_KG_PER_PIECE, oldMaxKgPerPiece, maxKgPerPiece));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLengthCm() {
		return lengthCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengthCm(double newLengthCm) {
		double oldLengthCm = lengthCm;
		lengthCm = newLengthCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__LENGTH_CM, oldLengthCm, lengthCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidthCm() {
		return widthCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthCm(double newWidthCm) {
		double oldWidthCm = widthCm;
		widthCm = newWidthCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__WIDTH_CM, oldWidthCm, widthCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeightCm() {
		return heightCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightCm(double newHeightCm) {
		double oldHeightCm = heightCm;
		heightCm = newHeightCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__HEIGHT_CM, oldHeightCm, heightCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTareKg() {
		return tareKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTareKg(double newTareKg) {
		double oldTareKg = tareKg;
		tareKg = newTareKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.TRANSPORT_LIMITS__TARE_KG, oldTareKg, tareKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.TRANSPORT_LIMITS__MAX_PIECES:
				return getMaxPieces();
			case MissionPackage.TRANSPORT_LIMITS__MAX_KG_PER_PIECE:
				return getMaxKgPerPiece();
			case MissionPackage.TRANSPORT_LIMITS__LENGTH_CM:
				return getLengthCm();
			case MissionPackage.TRANSPORT_LIMITS__WIDTH_CM:
				return getWidthCm();
			case MissionPackage.TRANSPORT_LIMITS__HEIGHT_CM:
				return getHeightCm();
			case MissionPackage.TRANSPORT_LIMITS__TARE_KG:
				return getTareKg();
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
			case MissionPackage.TRANSPORT_LIMITS__MAX_PIECES:
				setMaxPieces((Integer)newValue);
				return;
			case MissionPackage.TRANSPORT_LIMITS__MAX_KG_PER_PIECE:
				setMaxKgPerPiece((Double)newValue);
				return;
			case MissionPackage.TRANSPORT_LIMITS__LENGTH_CM:
				setLengthCm((Double)newValue);
				return;
			case MissionPackage.TRANSPORT_LIMITS__WIDTH_CM:
				setWidthCm((Double)newValue);
				return;
			case MissionPackage.TRANSPORT_LIMITS__HEIGHT_CM:
				setHeightCm((Double)newValue);
				return;
			case MissionPackage.TRANSPORT_LIMITS__TARE_KG:
				setTareKg((Double)newValue);
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
			case MissionPackage.TRANSPORT_LIMITS__MAX_PIECES:
				setMaxPieces(MAX_PIECES_EDEFAULT);
				return;
			case MissionPackage.TRANSPORT_LIMITS__MAX_KG_PER_PIECE:
				setMaxKgPerPiece(MAX_KG_PER_PIECE_EDEFAULT);
				return;
			case MissionPackage.TRANSPORT_LIMITS__LENGTH_CM:
				setLengthCm(LENGTH_CM_EDEFAULT);
				return;
			case MissionPackage.TRANSPORT_LIMITS__WIDTH_CM:
				setWidthCm(WIDTH_CM_EDEFAULT);
				return;
			case MissionPackage.TRANSPORT_LIMITS__HEIGHT_CM:
				setHeightCm(HEIGHT_CM_EDEFAULT);
				return;
			case MissionPackage.TRANSPORT_LIMITS__TARE_KG:
				setTareKg(TARE_KG_EDEFAULT);
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
			case MissionPackage.TRANSPORT_LIMITS__MAX_PIECES:
				return maxPieces != MAX_PIECES_EDEFAULT;
			case MissionPackage.TRANSPORT_LIMITS__MAX_KG_PER_PIECE:
				return maxKgPerPiece != MAX_KG_PER_PIECE_EDEFAULT;
			case MissionPackage.TRANSPORT_LIMITS__LENGTH_CM:
				return lengthCm != LENGTH_CM_EDEFAULT;
			case MissionPackage.TRANSPORT_LIMITS__WIDTH_CM:
				return widthCm != WIDTH_CM_EDEFAULT;
			case MissionPackage.TRANSPORT_LIMITS__HEIGHT_CM:
				return heightCm != HEIGHT_CM_EDEFAULT;
			case MissionPackage.TRANSPORT_LIMITS__TARE_KG:
				return tareKg != TARE_KG_EDEFAULT;
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
		result.append(" (maxPieces: ");
		result.append(maxPieces);
		result.append(", maxKgPerPiece: ");
		result.append(maxKgPerPiece);
		result.append(", lengthCm: ");
		result.append(lengthCm);
		result.append(", widthCm: ");
		result.append(widthCm);
		result.append(", heightCm: ");
		result.append(heightCm);
		result.append(", tareKg: ");
		result.append(tareKg);
		result.append(')');
		return result.toString();
	}

} //TransportLimitsImpl
