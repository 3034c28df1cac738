/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tube Material</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Tubing material.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getTubeMaterial()
 * @model
 * @generated
 */
public enum TubeMaterial implements Enumerator {
	/**
	 * The '<em><b>PVC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PVC_VALUE
	 * @generated
	 * @ordered
	 */
	PVC(0, "PVC", "pvc"),

	/**
	 * The '<em><b>COATED PVC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COATED_PVC_VALUE
	 * @generated
	 * @ordered
	 */
	COATED_PVC(1, "COATED_PVC", "coated-pvc"),

	/**
	 * The '<em><b>SILICONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SILICONE_VALUE
	 * @generated
	 * @ordered
	 */
	SILICONE(2, "SILICONE", "silicone"),

	/**
	 * The '<em><b>POLYURETHANE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYURETHANE_VALUE
	 * @generated
	 * @ordered
	 */
	POLYURETHANE(3, "POLYURETHANE", "polyurethane");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>PVC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PVC
	 * @model literal="pvc"
	 * @generated
	 * @ordered
	 */
	public static final int PVC_VALUE = 0;

	/**
	 * The '<em><b>COATED PVC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COATED_PVC
	 * @model literal="coated-pvc"
	 * @generated
	 * @ordered
	 */
	public static final int COATED_PVC_VALUE = 1;

	/**
	 * The '<em><b>SILICONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SILICONE
	 * @model literal="silicone"
	 * @generated
	 * @ordered
	 */
	public static final int SILICONE_VALUE = 2;

	/**
	 * The '<em><b>POLYURETHANE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYURETHANE
	 * @model literal="polyurethane"
	 * @generated
	 * @ordered
	 */
	public static final int POLYURETHANE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Tube Material</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TubeMaterial[] VALUES_ARRAY =
		new TubeMaterial[] {
			PVC,
			COATED_PVC,
			SILICONE,
			POLYURETHANE,
		};

	/**
	 * A public read-only list of all the '<em><b>Tube Material</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TubeMaterial> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tube Material</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TubeMaterial get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TubeMaterial result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tube Material</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TubeMaterial getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TubeMaterial result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tube Material</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TubeMaterial get(int value) {
		switch (value) {
			case PVC_VALUE: return PVC;
			case COATED_PVC_VALUE: return COATED_PVC;
			case SILICONE_VALUE: return SILICONE;
			case POLYURETHANE_VALUE: return POLYURETHANE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TubeMaterial(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TubeMaterial
