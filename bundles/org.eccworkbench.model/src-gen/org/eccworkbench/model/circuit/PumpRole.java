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
 * A representation of the literals of the enumeration '<em><b>Pump Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a pump drives.
 * <!-- end-model-doc -->
 * @see org.eccworkbench.model.circuit.CircuitPackage#getPumpRole()
 * @model
 * @generated
 */
public enum PumpRole implements Enumerator {
	/**
	 * The '<em><b>ARTERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	ARTERIAL(0, "ARTERIAL", "arterial"),

	/**
	 * The '<em><b>CARDIOPLEGIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARDIOPLEGIA_VALUE
	 * @generated
	 * @ordered
	 */
	CARDIOPLEGIA(1, "CARDIOPLEGIA", "cardioplegia"),

	/**
	 * The '<em><b>SUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	SUCTION(2, "SUCTION", "suction"),

	/**
	 * The '<em><b>VENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENT_VALUE
	 * @generated
	 * @ordered
	 */
	VENT(3, "VENT", "vent"),

	/**
	 * The '<em><b>ULTRAFILTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ULTRAFILTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	ULTRAFILTRATION(4, "ULTRAFILTRATION", "ultrafiltration"),

	/**
	 * The '<em><b>RECIRCULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECIRCULATION_VALUE
	 * @generated
	 * @ordered
	 */
	RECIRCULATION(5, "RECIRCULATION", "recirculation");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The '<em><b>ARTERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTERIAL
	 * @model literal="arterial"
	 * @generated
	 * @ordered
	 */
	public static final int ARTERIAL_VALUE = 0;

	/**
	 * The '<em><b>CARDIOPLEGIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARDIOPLEGIA
	 * @model literal="cardioplegia"
	 * @generated
	 * @ordered
	 */
	public static final int CARDIOPLEGIA_VALUE = 1;

	/**
	 * The '<em><b>SUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCTION
	 * @model literal="suction"
	 * @generated
	 * @ordered
	 */
	public static final int SUCTION_VALUE = 2;

	/**
	 * The '<em><b>VENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENT
	 * @model literal="vent"
	 * @generated
	 * @ordered
	 */
	public static final int VENT_VALUE = 3;

	/**
	 * The '<em><b>ULTRAFILTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ULTRAFILTRATION
	 * @model literal="ultrafiltration"
	 * @generated
	 * @ordered
	 */
	public static final int ULTRAFILTRATION_VALUE = 4;

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
	 * An array of all the '<em><b>Pump Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PumpRole[] VALUES_ARRAY =
		new PumpRole[] {
			ARTERIAL,
			CARDIOPLEGIA,
			SUCTION,
			VENT,
			ULTRAFILTRATION,
			RECIRCULATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Pump Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PumpRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pump Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PumpRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PumpRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pump Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PumpRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PumpRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pump Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PumpRole get(int value) {
		switch (value) {
			case ARTERIAL_VALUE: return ARTERIAL;
			case CARDIOPLEGIA_VALUE: return CARDIOPLEGIA;
			case SUCTION_VALUE: return SUCTION;
			case VENT_VALUE: return VENT;
			case ULTRAFILTRATION_VALUE: return ULTRAFILTRATION;
			case RECIRCULATION_VALUE: return RECIRCULATION;
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
	private PumpRole(int value, String name, String literal) {
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
	
} //PumpRole
