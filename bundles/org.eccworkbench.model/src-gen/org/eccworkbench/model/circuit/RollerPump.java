/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roller Pump</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.RollerPump#getBootInternalDiameterInch <em>Boot Internal Diameter Inch</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.RollerPump#getStrokeVolumeMlPerRev <em>Stroke Volume Ml Per Rev</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.RollerPump#getOcclusion <em>Occlusion</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getRollerPump()
 * @model
 * @generated
 */
public interface RollerPump extends Pump {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Boot Internal Diameter Inch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal diameter of the pump boot tubing in inches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Internal Diameter Inch</em>' attribute.
	 * @see #setBootInternalDiameterInch(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getRollerPump_BootInternalDiameterInch()
	 * @model
	 * @generated
	 */
	double getBootInternalDiameterInch();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.RollerPump#getBootInternalDiameterInch <em>Boot Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Internal Diameter Inch</em>' attribute.
	 * @see #getBootInternalDiameterInch()
	 * @generated
	 */
	void setBootInternalDiameterInch(double value);

	/**
	 * Returns the value of the '<em><b>Stroke Volume Ml Per Rev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calibrated stroke volume in mL per revolution, when measured for this pump and boot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stroke Volume Ml Per Rev</em>' attribute.
	 * @see #setStrokeVolumeMlPerRev(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getRollerPump_StrokeVolumeMlPerRev()
	 * @model
	 * @generated
	 */
	Double getStrokeVolumeMlPerRev();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.RollerPump#getStrokeVolumeMlPerRev <em>Stroke Volume Ml Per Rev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stroke Volume Ml Per Rev</em>' attribute.
	 * @see #getStrokeVolumeMlPerRev()
	 * @generated
	 */
	void setStrokeVolumeMlPerRev(Double value);

	/**
	 * Returns the value of the '<em><b>Occlusion</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Occlusion as a fraction of full occlusion (1.0 = fully occlusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occlusion</em>' attribute.
	 * @see #setOcclusion(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getRollerPump_Occlusion()
	 * @model default="1.0"
	 * @generated
	 */
	double getOcclusion();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.RollerPump#getOcclusion <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occlusion</em>' attribute.
	 * @see #getOcclusion()
	 * @generated
	 */
	void setOcclusion(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: an arterial roller pump fed by a reservoir has a level sensor on that reservoir.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean reservoirLevelDetector(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the occlusion lies above 0 and at most 1.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean occlusionInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // RollerPump
