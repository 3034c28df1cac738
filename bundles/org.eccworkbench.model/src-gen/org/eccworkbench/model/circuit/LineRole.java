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
 * A representation of the literals of the enumeration '<em><b>Line Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The path a tube segment belongs to; the editor colours lines by it.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getLineRole()
 * @model
 * @generated
 */
public enum LineRole implements Enumerator {
	/**
	 * The '<em><b>VENOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS_VALUE
	 * @generated
	 * @ordered
	 */
	VENOUS(0, "VENOUS", "venous"),

	/**
	 * The '<em><b>ARTERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	ARTERIAL(1, "ARTERIAL", "arterial"),

	/**
	 * The '<em><b>CARDIOPLEGIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARDIOPLEGIA_VALUE
	 * @generated
	 * @ordered
	 */
	CARDIOPLEGIA(2, "CARDIOPLEGIA", "cardioplegia"),

	/**
	 * The '<em><b>SUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	SUCTION(3, "SUCTION", "suction"),

	/**
	 * The '<em><b>VENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENT_VALUE
	 * @generated
	 * @ordered
	 */
	VENT(4, "VENT", "vent"),

	/**
	 * The '<em><b>RECIRCULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECIRCULATION_VALUE
	 * @generated
	 * @ordered
	 */
	RECIRCULATION(5, "RECIRCULATION", "recirculation"),

	/**
	 * The '<em><b>PURGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURGE_VALUE
	 * @generated
	 * @ordered
	 */
	PURGE(6, "PURGE", "purge"),

	/**
	 * The '<em><b>SHUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT_VALUE
	 * @generated
	 * @ordered
	 */
	SHUNT(7, "SHUNT", "shunt"),

	/**
	 * The '<em><b>ULTRAFILTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ULTRAFILTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	ULTRAFILTRATION(8, "ULTRAFILTRATION", "ultrafiltration"),

	/**
	 * The '<em><b>GAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS_VALUE
	 * @generated
	 * @ordered
	 */
	GAS(9, "GAS", "gas"),

	/**
	 * The '<em><b>WATER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_VALUE
	 * @generated
	 * @ordered
	 */
	WATER(10, "WATER", "water"),

	/**
	 * The '<em><b>SIGNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNAL(11, "SIGNAL", "signal");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>VENOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENOUS
	 * @model literal="venous"
	 * @generated
	 * @ordered
	 */
	public static final int VENOUS_VALUE = 0;

	/**
	 * The '<em><b>ARTERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTERIAL
	 * @model literal="arterial"
	 * @generated
	 * @ordered
	 */
	public static final int ARTERIAL_VALUE = 1;

	/**
	 * The '<em><b>CARDIOPLEGIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARDIOPLEGIA
	 * @model literal="cardioplegia"
	 * @generated
	 * @ordered
	 */
	public static final int CARDIOPLEGIA_VALUE = 2;

	/**
	 * The '<em><b>SUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION
	 * @model literal="suction"
	 * @generated
	 * @ordered
	 */
	public static final int SUCTION_VALUE = 3;

	/**
	 * The '<em><b>VENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENT
	 * @model literal="vent"
	 * @generated
	 * @ordered
	 */
	public static final int VENT_VALUE = 4;

	/**
	 * The '<em><b>RECIRCULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECIRCULATION
	 * @model literal="recirculation"
	 * @generated
	 * @ordered
	 */
	public static final int RECIRCULATION_VALUE = 5;

	/**
	 * The '<em><b>PURGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURGE
	 * @model literal="purge"
	 * @generated
	 * @ordered
	 */
	public static final int PURGE_VALUE = 6;

	/**
	 * The '<em><b>SHUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHUNT
	 * @model literal="shunt"
	 * @generated
	 * @ordered
	 */
	public static final int SHUNT_VALUE = 7;

	/**
	 * The '<em><b>ULTRAFILTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ULTRAFILTRATION
	 * @model literal="ultrafiltration"
	 * @generated
	 * @ordered
	 */
	public static final int ULTRAFILTRATION_VALUE = 8;

	/**
	 * The '<em><b>GAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAS
	 * @model literal="gas"
	 * @generated
	 * @ordered
	 */
	public static final int GAS_VALUE = 9;

	/**
	 * The '<em><b>WATER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER
	 * @model literal="water"
	 * @generated
	 * @ordered
	 */
	public static final int WATER_VALUE = 10;

	/**
	 * The '<em><b>SIGNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNAL
	 * @model literal="signal"
	 * @generated
	 * @ordered
	 */
	public static final int SIGNAL_VALUE = 11;

	/**
	 * An array of all the '<em><b>Line Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LineRole[] VALUES_ARRAY =
		new LineRole[] {
			VENOUS,
			ARTERIAL,
			CARDIOPLEGIA,
			SUCTION,
			VENT,
			RECIRCULATION,
			PURGE,
			SHUNT,
			ULTRAFILTRATION,
			GAS,
			WATER,
			SIGNAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Line Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LineRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Line Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LineRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LineRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Line Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LineRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LineRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Line Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LineRole get(int value) {
		switch (value) {
			case VENOUS_VALUE: return VENOUS;
			case ARTERIAL_VALUE: return ARTERIAL;
			case CARDIOPLEGIA_VALUE: return CARDIOPLEGIA;
			case SUCTION_VALUE: return SUCTION;
			case VENT_VALUE: return VENT;
			case RECIRCULATION_VALUE: return RECIRCULATION;
			case PURGE_VALUE: return PURGE;
			case SHUNT_VALUE: return SHUNT;
			case ULTRAFILTRATION_VALUE: return ULTRAFILTRATION;
			case GAS_VALUE: return GAS;
			case WATER_VALUE: return WATER;
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
	private LineRole(int value, String name, String literal) {
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
	
} //LineRole
