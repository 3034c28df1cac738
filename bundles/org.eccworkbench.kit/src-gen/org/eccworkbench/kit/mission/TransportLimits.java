/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transport Limits</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the airline accepts: number of pieces, weight per piece and the outer dimensions of a piece.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getMaxPieces <em>Max Pieces</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getMaxKgPerPiece <em>Max Kg Per Piece</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getLengthCm <em>Length Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getWidthCm <em>Width Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.TransportLimits#getTareKg <em>Tare Kg</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits()
 * @model
 * @generated
 */
public interface TransportLimits extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Max Pieces</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Pieces</em>' attribute.
	 * @see #setMaxPieces(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_MaxPieces()
	 * @model
	 * @generated
	 */
	int getMaxPieces();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getMaxPieces <em>Max Pieces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Pieces</em>' attribute.
	 * @see #getMaxPieces()
	 * @generated
	 */
	void setMaxPieces(int value);

	/**
	 * Returns the value of the '<em><b>Max Kg Per Piece</b></em>' attribute.
	 * The default value is <code>"23.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Kg Per Piece</em>' attribute.
	 * @see #setMaxKgPerPiece(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_MaxKgPerPiece()
	 * @model default="23.0"
	 * @generated
	 */
	double getMaxKgPerPiece();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getMaxKgPerPiece <em>Max Kg Per Piece</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Kg Per Piece</em>' attribute.
	 * @see #getMaxKgPerPiece()
	 * @generated
	 */
	void setMaxKgPerPiece(double value);

	/**
	 * Returns the value of the '<em><b>Length Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inner length of one piece (case or duffel) in cm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length Cm</em>' attribute.
	 * @see #setLengthCm(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_LengthCm()
	 * @model
	 * @generated
	 */
	double getLengthCm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getLengthCm <em>Length Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length Cm</em>' attribute.
	 * @see #getLengthCm()
	 * @generated
	 */
	void setLengthCm(double value);

	/**
	 * Returns the value of the '<em><b>Width Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width Cm</em>' attribute.
	 * @see #setWidthCm(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_WidthCm()
	 * @model
	 * @generated
	 */
	double getWidthCm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getWidthCm <em>Width Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Cm</em>' attribute.
	 * @see #getWidthCm()
	 * @generated
	 */
	void setWidthCm(double value);

	/**
	 * Returns the value of the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height Cm</em>' attribute.
	 * @see #setHeightCm(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_HeightCm()
	 * @model
	 * @generated
	 */
	double getHeightCm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getHeightCm <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Cm</em>' attribute.
	 * @see #getHeightCm()
	 * @generated
	 */
	void setHeightCm(double value);

	/**
	 * Returns the value of the '<em><b>Tare Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty weight of one piece in kg; counts against the weight limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tare Kg</em>' attribute.
	 * @see #setTareKg(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getTransportLimits_TareKg()
	 * @model
	 * @generated
	 */
	double getTareKg();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.TransportLimits#getTareKg <em>Tare Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tare Kg</em>' attribute.
	 * @see #getTareKg()
	 * @generated
	 */
	void setTareKg(double value);

} // TransportLimits
