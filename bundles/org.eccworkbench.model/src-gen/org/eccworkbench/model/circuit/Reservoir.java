/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reservoir</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Venous (and cardiotomy) reservoir.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Reservoir#getReservoirType <em>Reservoir Type</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Reservoir#getCapacityMl <em>Capacity Ml</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Reservoir#getMinimumLevelMl <em>Minimum Level Ml</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Reservoir#isVacuumAssisted <em>Vacuum Assisted</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Reservoir#isCardiotomyFilter <em>Cardiotomy Filter</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir()
 * @model
 * @generated
 */
public interface Reservoir extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Reservoir Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.ReservoirType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reservoir Type</em>' attribute.
	 * @see org.eccworkbench.model.circuit.ReservoirType
	 * @see #setReservoirType(ReservoirType)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir_ReservoirType()
	 * @model
	 * @generated
	 */
	ReservoirType getReservoirType();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Reservoir#getReservoirType <em>Reservoir Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reservoir Type</em>' attribute.
	 * @see org.eccworkbench.model.circuit.ReservoirType
	 * @see #getReservoirType()
	 * @generated
	 */
	void setReservoirType(ReservoirType value);

	/**
	 * Returns the value of the '<em><b>Capacity Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum volume in mL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Ml</em>' attribute.
	 * @see #setCapacityMl(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir_CapacityMl()
	 * @model
	 * @generated
	 */
	Double getCapacityMl();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Reservoir#getCapacityMl <em>Capacity Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Ml</em>' attribute.
	 * @see #getCapacityMl()
	 * @generated
	 */
	void setCapacityMl(Double value);

	/**
	 * Returns the value of the '<em><b>Minimum Level Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum operating level in mL (manufacturer IFU).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Level Ml</em>' attribute.
	 * @see #setMinimumLevelMl(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir_MinimumLevelMl()
	 * @model
	 * @generated
	 */
	Double getMinimumLevelMl();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Reservoir#getMinimumLevelMl <em>Minimum Level Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Level Ml</em>' attribute.
	 * @see #getMinimumLevelMl()
	 * @generated
	 */
	void setMinimumLevelMl(Double value);

	/**
	 * Returns the value of the '<em><b>Vacuum Assisted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vacuum-assisted venous drainage is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vacuum Assisted</em>' attribute.
	 * @see #setVacuumAssisted(boolean)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir_VacuumAssisted()
	 * @model
	 * @generated
	 */
	boolean isVacuumAssisted();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Reservoir#isVacuumAssisted <em>Vacuum Assisted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vacuum Assisted</em>' attribute.
	 * @see #isVacuumAssisted()
	 * @generated
	 */
	void setVacuumAssisted(boolean value);

	/**
	 * Returns the value of the '<em><b>Cardiotomy Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reservoir has an integrated cardiotomy filter for suction return.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cardiotomy Filter</em>' attribute.
	 * @see #setCardiotomyFilter(boolean)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getReservoir_CardiotomyFilter()
	 * @model
	 * @generated
	 */
	boolean isCardiotomyFilter();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Reservoir#isCardiotomyFilter <em>Cardiotomy Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cardiotomy Filter</em>' attribute.
	 * @see #isCardiotomyFilter()
	 * @generated
	 */
	void setCardiotomyFilter(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the minimum operating level is known and not set below the IFU figure.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean minimumLevelKnown(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Reservoir
