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
 * A representation of the literals of the enumeration '<em><b>Port Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What flows through a port. Blood ports take tube segments; suction inlets take suction and vent lines.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getPortKind()
 * @model
 * @generated
 */
public enum PortKind implements Enumerator {
	/**
	 * The '<em><b>BLOOD IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_IN_VALUE
	 * @generated
	 * @ordered
	 */
	BLOOD_IN(0, "BLOOD_IN", "blood-in"),

	/**
	 * The '<em><b>BLOOD OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	BLOOD_OUT(1, "BLOOD_OUT", "blood-out"),

	/**
	 * The '<em><b>SUCTION IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION_IN_VALUE
	 * @generated
	 * @ordered
	 */
	SUCTION_IN(2, "SUCTION_IN", "suction-in"),

	/**
	 * The '<em><b>GAS IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_IN_VALUE
	 * @generated
	 * @ordered
	 */
	GAS_IN(3, "GAS_IN", "gas-in"),

	/**
	 * The '<em><b>GAS OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	GAS_OUT(4, "GAS_OUT", "gas-out"),

	/**
	 * The '<em><b>WATER IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_IN_VALUE
	 * @generated
	 * @ordered
	 */
	WATER_IN(5, "WATER_IN", "water-in"),

	/**
	 * The '<em><b>WATER OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	WATER_OUT(6, "WATER_OUT", "water-out"),

	/**
	 * The '<em><b>SIGNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL(7, "SIGNAL", "signal");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>BLOOD IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_IN
	 * @model literal="blood-in"
	 * @generated
	 * @ordered
	 */
	public static final int BLOOD_IN_VALUE = 0;

	/**
	 * The '<em><b>BLOOD OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOOD_OUT
	 * @model literal="blood-out"
	 * @generated
	 * @ordered
	 */
	public static final int BLOOD_OUT_VALUE = 1;

	/**
	 * The '<em><b>SUCTION IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION_IN
	 * @model literal="suction-in"
	 * @generated
	 * @ordered
	 */
	public static final int SUCTION_IN_VALUE = 2;

	/**
	 * The '<em><b>GAS IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_IN
	 * @model literal="gas-in"
	 * @generated
	 * @ordered
	 */
	public static final int GAS_IN_VALUE = 3;

	/**
	 * The '<em><b>GAS OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_OUT
	 * @model literal="gas-out"
	 * @generated
	 * @ordered
	 */
	public static final int GAS_OUT_VALUE = 4;

	/**
	 * The '<em><b>WATER IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_IN
	 * @model literal="water-in"
	 * @generated
	 * @ordered
	 */
	public static final int WATER_IN_VALUE = 5;

	/**
	 * The '<em><b>WATER OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_OUT
	 * @model literal="water-out"
	 * @generated
	 * @ordered
	 */
	public static final int WATER_OUT_VALUE = 6;

	/**
	 * The '<em><b>SIGNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL
	 * @model literal="signal"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_VALUE = 7;

	/**
	 * An array of all the '<em><b>Port Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PortKind[] VALUES_ARRAY =
		new PortKind[] {
			BLOOD_IN,
			BLOOD_OUT,
			SUCTION_IN,
			GAS_IN,
			GAS_OUT,
			WATER_IN,
			WATER_OUT,
			SIGNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Port Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PortKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Port Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PortKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PortKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Port Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PortKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PortKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Port Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PortKind get(int value) {
		switch (value) {
			case BLOOD_IN_VALUE: return BLOOD_IN;
			case BLOOD_OUT_VALUE: return BLOOD_OUT;
			case SUCTION_IN_VALUE: return SUCTION_IN;
			case GAS_IN_VALUE: return GAS_IN;
			case GAS_OUT_VALUE: return GAS_OUT;
			case WATER_IN_VALUE: return WATER_IN;
			case WATER_OUT_VALUE: return WATER_OUT;
			case SIGNAL_VALUE: return SIGNAL;
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
	private PortKind(int value, String name, String literal) {
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
	
} //PortKind
