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
 * A representation of the literals of the enumeration '<em><b>Cannula Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Cannula design. A bicaval set is modelled as two venous cannulae; DUAL_LUMEN is the VV-ECMO double-lumen cannula.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCannulaKind()
 * @model
 * @generated
 */
public enum CannulaKind implements Enumerator {
	/**
	 * The '<em><b>AORTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AORTIC_VALUE
	 * @generated
	 * @ordered
	 */
	AORTIC(0, "AORTIC", "aortic"),

	/**
	 * The '<em><b>FEMORAL ARTERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEMORAL_ARTERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	FEMORAL_ARTERIAL(1, "FEMORAL_ARTERIAL", "femoral-arterial"),

	/**
	 * The '<em><b>VENOUS SINGLE STAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_SINGLE_STAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VENOUS_SINGLE_STAGE(2, "VENOUS_SINGLE_STAGE", "venous-single-stage"),

	/**
	 * The '<em><b>VENOUS TWO STAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_TWO_STAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VENOUS_TWO_STAGE(3, "VENOUS_TWO_STAGE", "venous-two-stage"),

	/**
	 * The '<em><b>VENOUS BICAVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_BICAVAL_VALUE
	 * @generated
	 * @ordered
	 */
	VENOUS_BICAVAL(4, "VENOUS_BICAVAL", "venous-bicaval"),

	/**
	 * The '<em><b>FEMORAL VENOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEMORAL_VENOUS_VALUE
	 * @generated
	 * @ordered
	 */
	FEMORAL_VENOUS(5, "FEMORAL_VENOUS", "femoral-venous"),

	/**
	 * The '<em><b>DUAL LUMEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_LUMEN_VALUE
	 * @generated
	 * @ordered
	 */
	DUAL_LUMEN(6, "DUAL_LUMEN", "dual-lumen");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>AORTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AORTIC
	 * @model literal="aortic"
	 * @generated
	 * @ordered
	 */
	public static final int AORTIC_VALUE = 0;

	/**
	 * The '<em><b>FEMORAL ARTERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEMORAL_ARTERIAL
	 * @model literal="femoral-arterial"
	 * @generated
	 * @ordered
	 */
	public static final int FEMORAL_ARTERIAL_VALUE = 1;

	/**
	 * The '<em><b>VENOUS SINGLE STAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_SINGLE_STAGE
	 * @model literal="venous-single-stage"
	 * @generated
	 * @ordered
	 */
	public static final int VENOUS_SINGLE_STAGE_VALUE = 2;

	/**
	 * The '<em><b>VENOUS TWO STAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_TWO_STAGE
	 * @model literal="venous-two-stage"
	 * @generated
	 * @ordered
	 */
	public static final int VENOUS_TWO_STAGE_VALUE = 3;

	/**
	 * The '<em><b>VENOUS BICAVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_BICAVAL
	 * @model literal="venous-bicaval"
	 * @generated
	 * @ordered
	 */
	public static final int VENOUS_BICAVAL_VALUE = 4;

	/**
	 * The '<em><b>FEMORAL VENOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEMORAL_VENOUS
	 * @model literal="femoral-venous"
	 * @generated
	 * @ordered
	 */
	public static final int FEMORAL_VENOUS_VALUE = 5;

	/**
	 * The '<em><b>DUAL LUMEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_LUMEN
	 * @model literal="dual-lumen"
	 * @generated
	 * @ordered
	 */
	public static final int DUAL_LUMEN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Cannula Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CannulaKind[] VALUES_ARRAY =
		new CannulaKind[] {
			AORTIC,
			FEMORAL_ARTERIAL,
			VENOUS_SINGLE_STAGE,
			VENOUS_TWO_STAGE,
			VENOUS_BICAVAL,
			FEMORAL_VENOUS,
			DUAL_LUMEN,
		};

	/**
	 * A public read-only list of all the '<em><b>Cannula Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CannulaKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cannula Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CannulaKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CannulaKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cannula Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CannulaKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CannulaKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cannula Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CannulaKind get(int value) {
		switch (value) {
			case AORTIC_VALUE: return AORTIC;
			case FEMORAL_ARTERIAL_VALUE: return FEMORAL_ARTERIAL;
			case VENOUS_SINGLE_STAGE_VALUE: return VENOUS_SINGLE_STAGE;
			case VENOUS_TWO_STAGE_VALUE: return VENOUS_TWO_STAGE;
			case VENOUS_BICAVAL_VALUE: return VENOUS_BICAVAL;
			case FEMORAL_VENOUS_VALUE: return FEMORAL_VENOUS;
			case DUAL_LUMEN_VALUE: return DUAL_LUMEN;
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
	private CannulaKind(int value, String name, String literal) {
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
	
} //CannulaKind
